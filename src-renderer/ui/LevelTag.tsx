import { Tag } from '@digdir/designsystemet-react';
import type { Level } from '../../src-shared/domain/vocabulary';
import { useI18n } from '../i18n/I18n';

/** Level colours deepen with the level: the higher the level, the more services are involved. */
const COLOR: Record<Level, string> = { 0: 'neutral', 1: 'info', 2: 'warning', 3: 'danger' };

export function LevelTag({ level, long = false }: { level: Level; long?: boolean }) {
  const { t } = useI18n();
  return (
    <Tag data-color={COLOR[level]} data-size="sm" className="level-tag" title={t.levels.title[level]}>
      {t.levels.short(level)}
      {long ? ` · ${t.levels.title[level]}` : null}
    </Tag>
  );
}
