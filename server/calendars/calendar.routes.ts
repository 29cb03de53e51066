import { Router } from 'express';
import type { Orm } from '../db/orm';
import { httpErrorHandler } from '../http/http-errors';
import type { Logger } from '../logger';
import { calendarForToken } from './calendar-feed.service';

/** `GET /calendar/:token.ics`: the iCalendar feed behind a secret token; the token is the only key. */
export function calendarRoutes({ orm, logger, now }: { orm: Orm; logger: Logger; now: () => Date }): Router {
  const router = Router();
  router.get('/calendar/:token.ics', async (req, res) => {
    const body = await calendarForToken({ em: orm.em.fork(), token: req.params.token, now: now() });
    // The URL is a secret: keep it out of shared caches and referrers.
    res
      .set({ 'Cache-Control': 'private, max-age=300', 'Referrer-Policy': 'no-referrer' })
      .type('text/calendar; charset=utf-8')
      .send(body);
  });
  router.use(httpErrorHandler(logger));
  return router;
}
