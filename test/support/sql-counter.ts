import type { Orm } from '../../server/db/orm';

/** Counts the SQL statements the ORM sends while `work` runs. */
export async function countStatements(orm: Orm, work: () => Promise<unknown>): Promise<number> {
  const knex = orm.em.getConnection().getKnex();
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  knex.on('query', onQuery);
  try {
    await work();
  } finally {
    knex.off('query', onQuery);
  }
  return count;
}
