import { type DragEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { useViewer } from '../session/viewer';
import { MergePositionsMutation, SeparatePositionMutation } from './board.operations';
import {
  allDotsOn,
  type BoardCard,
  type BoardMeeting,
  type BoardTable,
  frozen,
  mayDelete,
  mayHide,
  pending,
  tableControls,
} from './board-model';
import styles from './Card.module.css';
import { CardModeration, useDeleteCard } from './CardModeration';
import { MergeControl } from './MergeControl';
import { VoteButtons } from './VoteButtons';

// Yjs comes with the editor, so the board itself opens as fast as the other pages.
const CardEditor = lazy(async () => ({ default: (await import('./CardEditor')).CardEditor }));

/** Carries the dragged card's id; a type of our own, so other drops are ignored. */
const DRAG_TYPE = 'application/x-planwerk-position';

interface PositionCardProps {
  meeting: BoardMeeting;
  table: BoardTable;
  card: BoardCard;
  /** Cards it may be grouped with (for a card that heads no group or heads one). */
  others?: BoardCard[];
  /** The card whose group it belongs to. */
  groupedIn?: BoardCard;
  onRefusal: (error: CombinedError) => void;
}

/** A card: its text (co-edited), rank, dots, and grouping by dragging it onto another or by keyboard. */
export function PositionCard({ meeting, table, card, others, groupedIn, onRefusal }: PositionCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [dropTarget, setDropTarget] = useState(false);
  const [, mergePositions] = useMutation(MergePositionsMutation);
  const [, separatePosition] = useMutation(SeparatePositionMutation);
  const element = useRef<HTMLElement>(null);
  const controls = tableControls(meeting, table);
  const viewer = useViewer();
  const deletable = mayDelete(meeting, table, card, viewer);
  const deleteCard = useDeleteCard(card, onRefusal);
  const open = controls.write && !pending(card) && !frozen(card);
  const arranging = controls.arrange && !pending(card) && !frozen(card);
  const voting = controls.remaining !== null;
  const spotlit = meeting.workshop.spotlight?.id === card.id;
  const dots = meeting.workshop.votesVisible ? allDotsOn(table, card.id) : null;

  useEffect(() => {
    if (spotlit) element.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [spotlit]);

  const report = (error: CombinedError | undefined) => error && onRefusal(error);
  const merge = async (positionId: string) => {
    const position = table.positions.find((each) => each.id === positionId);
    if (!position || positionId === card.id) return;
    report(
      (await mergePositions({ groupId: card.id, positionIds: [positionId], expectedVersions: [position.version] }))
        .error,
    );
  };
  const separate = async () =>
    report((await separatePosition({ positionId: card.id, expectedVersion: card.version })).error);

  const accepts = (event: DragEvent) => arranging && !groupedIn && event.dataTransfer.types.includes(DRAG_TYPE);
  return (
    <article
      ref={element}
      className={[
        styles.card,
        spotlit && styles.spotlit,
        dropTarget && styles.dropTarget,
        pending(card) && styles.pending,
        card.hidden && styles.hidden,
      ]
        .filter(Boolean)
        .join(' ')}
      aria-label={card.text}
      aria-current={spotlit ? 'true' : undefined}
      draggable={arranging}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, card.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        setDropTarget(true);
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        setDropTarget(false);
        if (!accepts(event)) return;
        event.preventDefault();
        void merge(event.dataTransfer.getData(DRAG_TYPE));
      }}
    >
      <div className={styles.badges}>
        {card.rank && (
          <span className={styles.rank} role="img" aria-label={t('meeting.rank', { rank: card.rank })}>
            {card.rank}
          </span>
        )}
        {spotlit && <span className={styles.spotlightTag}>{t('board.spotlight')}</span>}
        {pending(card) && <span className={styles.pendingTag}>{t('board.saving')}</span>}
        {card.hidden && <span className={styles.hiddenTag}>{t('board.hiddenTag')}</span>}
      </div>
      {editing ? (
        <Suspense fallback={<p className={styles.text}>{card.text}</p>}>
          <CardEditor
            card={card}
            onDone={() => setEditing(false)}
            onEmptied={() => {
              // A card is never kept empty: emptied, it goes (with undo) where the viewer may delete it;
              // otherwise the server refused the blank text and the card keeps its last one.
              setEditing(false);
              if (deletable) void deleteCard();
            }}
            onRefusal={onRefusal}
          />
        </Suspense>
      ) : (
        <p className={styles.text}>{card.text}</p>
      )}
      <p className={styles.meta}>
        {card.authorName && <span>{card.authorName}</span>}
        {dots !== null && <span>{t('board.dots', { count: dots })}</span>}
      </p>
      <div className={styles.actions}>
        {voting && !groupedIn && !pending(card) && (
          <VoteButtons table={table} card={card} controls={controls} onRefusal={onRefusal} />
        )}
        {open && !editing && (
          <button
            type="button"
            className={styles.action}
            aria-label={t('board.editCard', { text: card.text })}
            onClick={() => setEditing(true)}
          >
            {t('board.edit')}
          </button>
        )}
        {arranging && groupedIn && (
          <button
            type="button"
            className={styles.action}
            aria-label={t('board.separateCard', { text: card.text })}
            onClick={separate}
          >
            {t('board.separate')}
          </button>
        )}
        {arranging && others && others.length > 0 && <MergeControl card={card} others={others} onMerge={merge} />}
        <CardModeration
          card={card}
          deletable={deletable && !editing}
          hideable={mayHide(meeting, card) && !editing}
          onDelete={deleteCard}
          onRefusal={onRefusal}
        />
      </div>
    </article>
  );
}
