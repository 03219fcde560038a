import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { TimelineEntry } from '../../src-shared/api/dto';
import type { EntryKind } from '../../src-shared/domain/vocabulary';
import { isApiError } from '../api/client';
import { keys } from '../api/keys';
import { useLogHeader, useSession } from '../api/queries';
import { useStatus } from '../app/status';
import { AmendForm } from '../forms/entry/AmendForm';
import { EvaluationForm } from '../forms/entry/EvaluationForm';
import { LevelForm } from '../forms/entry/LevelForm';
import { BrightSpotForm, CONCERN_WARNING_ID, ConcernForm, MeasureForm, NoteForm } from '../forms/entry/SimpleEntryForms';
import { useI18n } from '../i18n/I18n';
import { EntryDialog } from '../log/EntryDialog';
import { KindFilter } from '../log/KindFilter';
import { LogHeaderView } from '../log/LogHeaderView';
import { Timeline } from '../log/Timeline';
import { BackLink } from './NewLog';

type NewKind = 'concern' | 'brightSpot' | 'note' | 'measure' | 'evaluation';
type Dialog = { form: NewKind } | { form: 'level' } | { form: 'amend'; entry: TimelineEntry } | null;

const NEW_KINDS: NewKind[] = ['concern', 'brightSpot', 'note', 'measure', 'evaluation'];

export function LogScreen({ logId, focusEntryId }: { logId: string; focusEntryId?: string | undefined }) {
  const { t, error } = useI18n();
  const { announce } = useStatus();
  const queryClient = useQueryClient();
  const me = useSession().data?.user;
  const header = useLogHeader(logId);
  const [kinds, setKinds] = useState<EntryKind[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(focusEntryId ?? null);
  const [saved, setSaved] = useState<string | null>(null);

  const clearFocusTarget = useCallback(() => setFocusTarget(null), []);
  // Links between entries lead to concerns: a filter that hides them would leave the link nowhere to go.
  const showConcern = useCallback((entryId: string) => {
    setKinds((current) => (current.length > 0 && !current.includes('concern') ? [] : current));
    setFocusTarget(entryId);
  }, []);
  const openAmend = useCallback((entry: TimelineEntry) => {
    setSaved(null);
    setDialog({ form: 'amend', entry });
  }, []);

  const onSaved = (kind: EntryKind, message: string) => (entryId: string) => {
    setDialog(null);
    if (kinds.length > 0 && !kinds.includes(kind)) setKinds([]);
    void queryClient.invalidateQueries({ queryKey: keys.log(logId) });
    void queryClient.invalidateQueries({ queryKey: keys.logs });
    setSaved(message);
    announce(message);
    setFocusTarget(entryId);
  };

  if (header.isPending) return <Spinner aria-label={t.loading} />;
  if (header.isError || !header.data) {
    return (
      <>
        <BackLink />
        <Alert data-color="danger">
          {isApiError(header.error) ? error(header.error.error.code, header.error.error.params) : error('internal')}
        </Alert>
      </>
    );
  }
  const log = header.data;
  // Only the holder changes the level; the core enforces it, the button only spares a refusal.
  const isHolder = !!me && log.holder.userId === me.userId;
  const close = () => setDialog(null);
  const titles: Record<NewKind, string> = {
    concern: t.entryForm.concernTitle,
    brightSpot: t.entryForm.brightSpotTitle,
    note: t.entryForm.noteTitle,
    measure: t.entryForm.measureTitle,
    evaluation: t.entryForm.evaluationTitle,
  };

  return (
    <div className="log-screen">
      <BackLink />
      <LogHeaderView header={log} />

      <section className="log-actions" aria-labelledby="new-entry-title">
        <Heading level={2} data-size="xs" id="new-entry-title">
          {t.log.newEntry}
        </Heading>
        <div className="action-buttons">
          {NEW_KINDS.map((kind) => (
            <Button
              key={kind}
              variant="secondary"
              data-size="sm"
              data-testid={`new-${kind}`}
              onClick={() => {
                setSaved(null);
                setDialog({ form: kind });
              }}
            >
              <span className={`kind-swatch kind-swatch-${kind}`} aria-hidden="true" />
              {t.kinds[kind]}
            </Button>
          ))}
          {isHolder ? (
            <Button
              variant="tertiary"
              data-size="sm"
              data-testid="change-level"
              onClick={() => {
                setSaved(null);
                setDialog({ form: 'level' });
              }}
            >
              {t.log.changeLevel}
            </Button>
          ) : null}
        </div>
        {saved ? (
          <Alert data-color="success" data-size="sm" className="saved-alert" data-testid="saved-alert">
            <Paragraph data-size="sm">{saved}</Paragraph>
          </Alert>
        ) : null}
      </section>

      <section className="timeline-section" aria-labelledby="timeline-title">
        <Heading level={2} data-size="xs" id="timeline-title">
          {t.log.timeline}
        </Heading>
        <KindFilter kinds={kinds} onChange={setKinds} />
        <Timeline
          logId={logId}
          kinds={kinds}
          myUserId={me?.userId ?? ''}
          onAmend={openAmend}
          focusEntryId={focusTarget}
          onFocused={clearFocusTarget}
          onShowEntry={showConcern}
        />
      </section>

      {dialog && dialog.form !== 'level' && dialog.form !== 'amend' ? (
        <EntryDialog title={titles[dialog.form]} onClose={close} describedBy={dialog.form === 'concern' ? CONCERN_WARNING_ID : undefined}>
          <NewEntryForm kind={dialog.form} logId={logId} onSaved={onSaved(dialog.form, t.log.entrySaved(t.kinds[dialog.form]))} onCancel={close} />
        </EntryDialog>
      ) : null}
      {dialog?.form === 'level' ? (
        <EntryDialog title={t.entryForm.levelTitle} onClose={close}>
          <LevelForm logId={logId} current={log.level} onSaved={onSaved('levelChange', t.log.entrySaved(t.kinds.levelChange))} onCancel={close} />
        </EntryDialog>
      ) : null}
      {dialog?.form === 'amend' ? (
        <EntryDialog title={`${t.entryForm.amendTitle}: ${t.kinds[dialog.entry.kind]}`} onClose={close}>
          <AmendForm logId={logId} entry={dialog.entry} onSaved={onSaved(dialog.entry.kind, t.log.amendmentSaved)} onCancel={close} />
        </EntryDialog>
      ) : null}
    </div>
  );
}

function NewEntryForm({ kind, ...props }: { kind: NewKind; logId: string; onSaved: (entryId: string) => void; onCancel: () => void }) {
  switch (kind) {
    case 'concern':
      return <ConcernForm {...props} />;
    case 'brightSpot':
      return <BrightSpotForm {...props} />;
    case 'note':
      return <NoteForm {...props} />;
    case 'measure':
      return <MeasureForm {...props} />;
    case 'evaluation':
      return <EvaluationForm {...props} />;
  }
}
