// The "For trainers" page's composition root: the scenario catalogue, the
// shipped agencies, and downloads of each scenario's guide and role cards.
// The file-making code loads only when a trainer asks for a file.
import { catalogue } from 'virtual:story-catalogue';
import type { TrainerFiles } from './export/trainer-files.ts';
import { SHIPPED_CONTENT } from './content/shipped-content.ts';
import { seatsOf } from './model/facilitator-seats.ts';
import { download } from './ui/download.ts';
import { findScreen } from './ui/screen.ts';
import { renderTrainers } from './ui/trainers-screen.ts';

// The file-making code, loaded on the first download and kept for the page.
let trainerFiles: Promise<TrainerFiles> | null = null;

// A one-scenario LMS package names its scenario on the page and carries only that story.
const onlyScenario = import.meta.env.MODE === 'lms' ? document.documentElement.dataset.lmsScenario : undefined;
const scenarios = [...catalogue]
  .filter((s) => !onlyScenario || s.id === onlyScenario)
  .sort((a, b) => a.meta.order - b.meta.order || a.meta.title.localeCompare(b.meta.title));

renderTrainers(findScreen(), {
  scenarios: scenarios.map(({ id, meta }) => ({ id, meta, seats: seatsOf(meta, SHIPPED_CONTENT.agencies).length })),
  gameHref: `${import.meta.env.BASE_URL}`,
  download: async (id, kind, format) => {
    const entry = scenarios.find((s) => s.id === id);
    if (!entry) throw new Error(`there is no scenario called "${id}".`);
    trainerFiles ??= import('./export/trainer-files.ts').then(({ TrainerFiles }) => new TrainerFiles());
    const [files, json] = await Promise.all([trainerFiles, entry.load()]);
    const file = await files.make(kind, format, entry.meta, json, SHIPPED_CONTENT);
    download(file);
    return file.name;
  },
});
