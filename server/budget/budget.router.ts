import busboy from 'busboy';
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { LIMITS } from '../../schema/limits';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { httpErrorHandler, sendHttpError } from '../http/http-errors';
import type { Logger } from '../logger';
import { authorizeBudgetWrite } from './budget-access';
import { EXPORT_VIEWS, exportBudget } from './export/budget-export.service';
import { importBudgetFile } from './import/budget-import.service';
import { FileLimitError } from './import/file-limits';

/**
 * The budget's file endpoints beside /graphql: `POST /budget/import?mode=preview|commit` takes a
 * CSV or XLSX file as multipart/form-data (field `file`); `GET /budget/export?view=…&format=…`
 * returns any view as a file. Both call their service with a context made like a GraphQL
 * request's, so the same session and the same budget policy apply.
 */
export function budgetRouter({
  createContext,
  logger,
}: {
  createContext: (req: Request, res: Response) => Promise<Context>;
  logger: Logger;
}): express.Router {
  const router = express.Router();

  router.post('/import', async (req, res) => {
    const context = await createContext(req, res);
    // The service asks again; asking first spares reading an upload of up to 5 MB for nobody.
    await authorizeBudgetWrite(context);
    const { mode } = parseQuery(importQuery, req.query);
    try {
      const data = await readUpload(req);
      if (data === 'too large') {
        const limit = `${LIMITS.importFileBytes / 1024 / 1024} MB`;
        throw new FileLimitError(`the file is larger than ${limit}`, LIMITS.importFileBytes);
      }
      const { report } = await importBudgetFile({ ctx: context, data, mode });
      res.status(report.problemCount > 0 && mode === 'commit' ? 422 : 200).json(report);
    } catch (error) {
      if (!(error instanceof FileLimitError)) throw error;
      sendHttpError(res, error, 413);
    }
  });

  router.get('/export', async (req, res) => {
    const context = await createContext(req, res);
    const { trendFromYear, trendToYear, ...request } = parseQuery(exportQuery, req.query);
    const trendBase = trendFromYear && trendToYear ? { fromYear: trendFromYear, toYear: trendToYear } : undefined;
    const file = await exportBudget({ ctx: context, request: { ...request, trendBase } });
    res.status(200).attachment(file.fileName).type(file.contentType).send(file.body);
  });

  router.use(httpErrorHandler(logger));
  return router;
}

const year = z.coerce.number().int();
const idList = z
  .string()
  .transform((list) => list.split(',').filter(Boolean))
  .optional();

const importQuery = z.object({ mode: z.enum(['preview', 'commit']).default('preview') });

const exportQuery = z.object({
  view: z.enum(EXPORT_VIEWS),
  format: z.enum(['csv', 'xlsx']).default('csv'),
  regionIds: idList,
  budgetId: z.string().optional(),
  areaIds: idList,
  fromYear: year.optional(),
  toYear: year.optional(),
  trendFromYear: year.optional(),
  trendToYear: year.optional(),
  year: year.optional(),
  month: year.optional(),
});

function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new BadUserInputError(String(issue?.path[0] ?? 'query'), issue?.message ?? 'invalid query');
}

/** The one file of a multipart request, or 'too large' once it passes the limit (the rest is drained). */
function readUpload(req: Request): Promise<Buffer | 'too large'> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: LIMITS.importFileBytes, fields: 10 } });
    } catch {
      reject(new BadUserInputError('file', 'send the file as multipart/form-data in the field "file"'));
      return;
    }
    let file: Buffer | null = null;
    let tooLarge = false;
    parser.on('file', (field, stream) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (tooLarge = true));
      stream.on('end', () => (file = Buffer.concat(chunks)));
    });
    parser.on('error', () => reject(new BadUserInputError('file', 'the multipart body is malformed')));
    parser.on('close', () => {
      if (tooLarge) resolve('too large');
      else if (file) resolve(file);
      else reject(new BadUserInputError('file', 'no file in the field "file"'));
    });
    req.pipe(parser);
  });
}
