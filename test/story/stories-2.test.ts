import { defineStoryChecks } from './story-shards.ts';

defineStoryChecks(1, 2);
