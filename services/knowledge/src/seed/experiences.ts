/*
 * Demo experiences, written for the platform in French, kept as content in experiences.json (one
 * object per experience, its body as Markdown lines). The Puy-de-Dôme facts come from the public press
 * article in shared/seeds; elsewhere, the places are real and the accounts are illustrative demo content
 * inspired by well-known public initiatives: names of people are invented, figures are orders of
 * magnitude, not official data.
 */
import type { DemoExperience } from './build';
import content from './experiences.json';

type StoredExperience = Omit<DemoExperience, 'body' | 'status'> & { body: string[]; status?: string };

export const demoExperiences: DemoExperience[] = (content as StoredExperience[]).map((e) => ({ ...e, body: e.body.join('\n') }) as DemoExperience);
