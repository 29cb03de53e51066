import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { ServiceArea } from './service-area.entity';
import { CreateServiceAreaInput, UpdateServiceAreaInput } from './service-area.inputs';
import {
  createServiceArea,
  deleteServiceArea,
  listServiceAreas,
  regionsUsing,
  updateServiceArea,
} from './service-area.service';

@Resolver(() => ServiceArea)
export class ServiceAreaResolver {
  @Query(() => [ServiceArea], { description: 'The standard service areas and the custom ones' })
  serviceAreas(@Ctx() ctx: Context): Promise<ServiceArea[]> {
    return listServiceAreas({ ctx });
  }

  @Mutation(() => ServiceArea)
  async createServiceArea(
    @Arg('input', () => CreateServiceAreaInput) input: CreateServiceAreaInput,
    @Ctx() ctx: Context,
  ) {
    return (await createServiceArea({ ctx, input })).value;
  }

  @Mutation(() => ServiceArea)
  async updateServiceArea(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateServiceAreaInput) input: UpdateServiceAreaInput,
    @Ctx() ctx: Context,
  ) {
    return (await updateServiceArea({ ctx, id, input })).value;
  }

  @Mutation(() => ID, { description: 'Deletes a custom area nothing refers to' })
  async deleteServiceArea(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return (await deleteServiceArea({ ctx, id })).value;
  }

  @FieldResolver(() => Boolean, { description: 'Figures or case counts use it, so it cannot be deleted' })
  async inUse(@Root() area: ServiceArea, @Ctx() ctx: Context): Promise<boolean> {
    return (await regionsUsing(ctx.em, area)).length > 0;
  }
}
