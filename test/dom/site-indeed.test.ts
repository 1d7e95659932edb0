// The Indeed adapter on its fixture (an approximation of a job page): the job as one post with title,
// company, place, salary, details and description; the jk or vjk job id as chat id; a waiting state on a
// search without a selected job, and no recognition of a job page whose structure is gone.
import { describe, expect, it } from 'vitest';
import { indeed } from '../../src/content/sites/indeed.js';
import { sharedAdapterChecks, siteFixture } from './site-helpers.js';

describe('indeed adapter', () => {
  sharedAdapterChecks(indeed, 'indeed');

  it('serves Indeed in every country subdomain', () => {
    expect(indeed.handles(new URL('https://id.indeed.com/viewjob?jk=1'))).toBe(true);
    expect(indeed.handles(new URL('https://indeed.example.com/viewjob?jk=1'))).toBe(false);
  });

  it('takes the selected job from a search page', () => {
    const { doc } = siteFixture('indeed');
    const url = new URL('https://www.indeed.com/jobs?q=chat+support&vjk=77aa88bb99cc0011');
    expect(indeed.chatId(indeed.findRoot(doc, url) as Element, url)).toBe('job:77aa88bb99cc0011');
  });

  it('waits on a search with no job selected, and does not recognise a job page without its structure', () => {
    const { doc } = siteFixture('indeed');
    doc.querySelector('.jobsearch-JobComponent')!.remove();
    expect(indeed.findRoot(doc, new URL('https://www.indeed.com/jobs?q=chat'))).toBe('waiting');
    expect(indeed.findRoot(doc, new URL('https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789'))).toBeNull();
  });
});
