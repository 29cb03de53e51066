import { Router } from 'express';
import type { Orm } from '../db/orm';
import { BadUserInputError, NotFoundError } from '../errors';
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

/** `GET /meetings/:id/protocol.md|.html|.docx|.pdf?lang=de|en&version=N`: the protocol as a file. */
export function protocolRoutes({ orm, logger }: { orm: Orm; logger: Logger }): Router {
  const router = Router();
  router.get('/meetings/:id/protocol.:type', async (req, res) => {
    const { id, type } = req.params;
    if (!isProtocolFileType(type)) throw new NotFoundError('protocol file type', type);
    const file = await meetingProtocolFile({
      em: orm.em.fork(),
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
