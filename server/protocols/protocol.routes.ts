import { type Request, type Response, Router } from 'express';
import type { Context } from '../context';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../errors';
import { httpErrorHandler } from '../http/http-errors';
import type { Logger } from '../logger';
import { Language } from './messages';
import { meetingProtocolFile } from './protocol.service';
import { isProtocolFileType } from './render-protocol';

function language(value: unknown): Language {
  if (value === undefined) return Language.DE;
  const upper = typeof value === 'string' ? value.toUpperCase() : '';
  if (upper === Language.DE || upper === Language.EN) return upper;
  throw new BadUserInputError('lang', 'lang must be de or en');
}

function version(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^[1-9]\d{0,8}$/.test(value)) return Number(value);
  throw new BadUserInputError('version', 'version must be a published version number');
}

/**
 * `GET /meetings/:id/protocol.md|.html|.docx|.pdf?lang=de|en&version=N`: the protocol as a file,
 * for the meeting's participants. The viewer comes from the session cookie or bearer token, as
 * for /graphql; anonymous requests are refused before anything is looked up.
 */
export function protocolRoutes({
  createContext,
  logger,
}: {
  createContext: (req: Request, res: Response) => Promise<Context>;
  logger: Logger;
}): Router {
  const router = Router();
  router.get('/meetings/:id/protocol.:type', async (req, res) => {
    const ctx = await createContext(req, res);
    if (ctx.viewer.kind === 'anonymous') throw new UnauthenticatedError();
    const { id, type } = req.params;
    if (!isProtocolFileType(type)) throw new NotFoundError('protocol file type', type);
    const file = await meetingProtocolFile({
      ctx,
      meetingId: id,
      type,
      language: language(req.query.lang),
      version: version(req.query.version),
    });
    res.attachment(file.filename).type(file.contentType).send(file.body);
  });
  router.use(httpErrorHandler(logger));
  return router;
}
