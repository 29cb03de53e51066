import { describe, expect, it } from 'vitest';
import { describeError } from '../../client/api/errors';
import { exportUrl, type ImportReport, sendBudgetFile } from '../../client/budget/budget-files';

const REPORT: ImportReport = {
  mode: 'preview',
  format: 'csv',
  committed: false,
  tables: [{ name: 'CSV', kind: 'figures', rows: 1 }],
  rows: [{ table: 'CSV', row: 2, record: 'BudgetFigure', action: 'CREATE' }],
  summary: { CREATE: 1, UPDATE: 0, UNCHANGED: 0 },
  problems: [],
  problemCount: 0,
};

/** A fetch that records its request and answers with `status` and `body`. */
function answering(status: number, body: string) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const send = (async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { send, requests };
}

describe('budget files', () => {
  it('names the same scope, areas and period in an export address', () => {
    const budget = { kind: 'budget', id: 'b1' } as const;
    expect(exportUrl(budget, 'years', 'csv', { areaIds: ['a1', 'a2'], year: 2011 })).toBe(
      '/budget/export?view=years&format=csv&budgetId=b1&areaIds=a1%2Ca2',
    );
    expect(exportUrl({ kind: 'region', id: 'r1' }, 'controlling', 'xlsx', { year: 2011, month: 6 })).toBe(
      '/budget/export?view=controlling&format=xlsx&regionIds=r1&year=2011&month=6',
    );
    expect(exportUrl(budget, 'keyFigures', 'csv', { year: 2011, month: null })).toBe(
      '/budget/export?view=keyFigures&format=csv&budgetId=b1&year=2011',
    );
  });

  it('sends the file as multipart field "file" with the mode, and returns the report', async () => {
    const { send, requests } = answering(200, JSON.stringify(REPORT));
    const file = new Blob(['Region;Jahr;Art;Betrag\n'], { type: 'text/csv' });
    expect(await sendBudgetFile(file, 'preview', send)).toEqual({ kind: 'report', report: REPORT });
    expect(requests[0]!.url).toBe('/budget/import?mode=preview');
    expect(requests[0]!.init?.method).toBe('POST');
    expect((requests[0]!.init!.body as FormData).get('file')).toBeInstanceOf(Blob);
  });

  it('returns the report of a refused commit (422): nothing was stored', async () => {
    const refused = {
      ...REPORT,
      mode: 'commit',
      problemCount: 1,
      problems: [{ table: 'CSV', row: 2, column: 'Betrag', message: 'x' }],
    };
    const outcome = await sendBudgetFile(new Blob([]), 'commit', answering(422, JSON.stringify(refused)).send);
    expect(outcome).toEqual({ kind: 'report', report: refused });
  });

  it('reads refusals of the request like any API refusal, by their code', async () => {
    const body = JSON.stringify({
      errors: [{ message: 'too large', extensions: { code: 'BAD_USER_INPUT', field: 'file' } }],
    });
    const tooLarge = await sendBudgetFile(new Blob([]), 'preview', answering(413, body).send);
    expect(tooLarge.kind === 'refused' && describeError(tooLarge.error)).toEqual({
      key: 'errors.BAD_USER_INPUT_FIELD',
      values: { field: 'file' },
    });

    const proxyPage = await sendBudgetFile(new Blob([]), 'preview', answering(502, '<html>Bad gateway</html>').send);
    expect(proxyPage.kind === 'refused' && describeError(proxyPage.error).key).toBe('errors.NETWORK');

    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const unreachable = await sendBudgetFile(new Blob([]), 'preview', offline);
    expect(unreachable.kind === 'refused' && describeError(unreachable.error).key).toBe('errors.NETWORK');
  });
});
