import { useState } from 'preact/hooks';
import { TextArea } from '../components/fields';
import { Layout, Notice } from '../components/layout';
import { useI18n } from '../i18n/index';
import { pageToken } from '../session/token';

interface Decided {
  status: 'approved' | 'rejected' | 'pending';
  decidedBy?: string;
  decidedAt?: string;
}

/**
 * A press contact's decision page: Approve (filled, green) and Reject (outlined, red) look and
 * read differently, with an optional reason. Decided through the existing JSON form of
 * POST /press-accreditations/{id}/decision, whose contract puts the decision token in the query
 * (the route predates the fragment rule; see docs/web.md for the JSON routes that replace it).
 */
export function DecisionPage({ accreditationId }: { accreditationId: string }) {
  const { t } = useI18n();
  const [token] = useState(pageToken);
  const [reason, setReason] = useState('');
  const [decided, setDecided] = useState<Decided>();
  const [failure, setFailure] = useState<string>();

  if (!token) return <Layout title={t('decision.title')}><Notice kind="info"><p>{t('common.sessionMissing')}</p></Notice></Layout>;

  const decide = async (decision: 'approve' | 'reject') => {
    // Not through the typed client: the route answers HTML on some errors (it serves the old form too).
    const response = await fetch(`/api/press-accreditations/${accreditationId}/decision?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(reason.trim() ? { decision, reason } : { decision }),
    });
    const body = response.headers.get('content-type')?.includes('json') ? ((await response.json()) as Decided & { detail?: string }) : undefined;
    if (response.ok && body) setDecided(body);
    else setFailure(t('decision.already', { detail: body?.detail ?? String(response.status) }));
  };

  return (
    <Layout title={t('decision.title')}>
      {decided ? (
        <Notice kind="success"><p>{t(decided.status === 'rejected' ? 'decision.done.rejected' : 'decision.done.approved')}</p></Notice>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); decide('approve'); }}>
          {failure ? <Notice kind="error"><p dir="auto">{failure}</p></Notice> : null}
          <TextArea id="reason" label={t('decision.reason')} value={reason} maxLength={1000} onValue={setReason} />
          <div class="actions actions--split">
            <button type="submit" class="button button--approve">✓ {t('decision.approve')}</button>
            <button type="button" class="button button--reject" onClick={() => decide('reject')}>✗ {t('decision.reject')}</button>
          </div>
        </form>
      )}
    </Layout>
  );
}
