import { useState } from 'preact/hooks';
import { t } from './i18n';

export interface DamagedRecordsProps {
  /** Stored records that fail the schema, exactly as stored. */
  records: readonly unknown[];
  onDownload: (fileName: string, mimeType: string, text: string) => void;
  onDelete: () => Promise<void>;
}

/**
 * Damaged records are not used, but they are the reader's: shown, exportable as they are, and deleted
 * only when the reader says so (after a confirmation), never by an unrelated save.
 */
export function DamagedRecords({ records, onDownload, onDelete }: DamagedRecordsProps) {
  const [confirming, setConfirming] = useState(false);
  const n = records.length;
  return (
    <section class="card damaged" aria-labelledby="damaged-heading">
      <h2 id="damaged-heading">{t('dmHeading')}</h2>
      <p class="error" role="alert">
        {n === 1 ? t('glDamagedOne') : t('glDamagedMany', n)}
      </p>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            onDownload('tifa-lens-damaged-records.json', 'application/json', JSON.stringify(records, null, 2) + '\n')
          }
        >
          {t('dmExport')}
        </button>
        {confirming ? (
          <>
            <button type="button" class="danger" onClick={() => void onDelete().then(() => setConfirming(false))}>
              {t('dmConfirm', n)}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('efCancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('dmDelete')}
          </button>
        )}
      </div>
    </section>
  );
}
