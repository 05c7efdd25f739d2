import { defineStoryChecks } from './story-shards.ts';

defineStoryChecks(0, 2);
