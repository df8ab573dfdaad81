import { citizenshipResources } from './resources-citizenship.ts';
import { crimesResources } from './resources-crimes.ts';
import { enforcementResources } from './resources-enforcement.ts';
import { spanishResources } from './resources-es.ts';
import { familyResources } from './resources-family.ts';
import { humanitarianResources } from './resources-humanitarian.ts';
import { latestResources } from './resources-latest.ts';
import { removalResources } from './resources-removal.ts';
import { youthResources } from './resources-youth.ts';
import type { DemoResource } from './types.ts';

/** Every bundled demo resource. Order here does not matter: postedAt decides "Latest Items". */
export const demoResources: DemoResource[] = [
  ...latestResources,
  ...crimesResources,
  ...familyResources,
  ...youthResources,
  ...citizenshipResources,
  ...enforcementResources,
  ...humanitarianResources,
  ...removalResources,
  ...spanishResources,
];
