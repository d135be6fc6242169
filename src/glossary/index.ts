import type { GlossaryEntry } from '../core/glossary-schema';
import referenceReport from './data/reference-report.json';
import pandemic from './data/pandemic.json';
import doctrine from './data/doctrine.json';
import meetings from './data/meetings.json';
import economy from './data/economy.json';
import industry from './data/industry.json';
import society from './data/society.json';

/** Every built-in entry, one file per topic. Tests validate these against the schema. */
export const GLOSSARY_FILES: Record<string, unknown[]> = {
  'reference-report': referenceReport,
  pandemic,
  doctrine,
  meetings,
  economy,
  industry,
  society,
};

export const GLOSSARY = Object.values(GLOSSARY_FILES).flat() as GlossaryEntry[];
