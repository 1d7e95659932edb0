// The JobStreet adapter on its fixture (an approximation of SEEK's job page): the job as one post from its
// data-automation fields, the job id from the path or the search's jobId as chat id, and a waiting state on
// a search without a selected job.
import { describe, expect, it } from 'vitest';
import { jobstreet } from '../../src/content/sites/jobstreet.js';
import { sharedAdapterChecks, siteFixture } from './site-helpers.js';

describe('jobstreet adapter', () => {
  sharedAdapterChecks(jobstreet, 'jobstreet');

  it('serves the SEEK subdomains and the older country domains', () => {
    for (const host of ['id.jobstreet.com', 'my.jobstreet.com', 'www.jobstreet.co.id', 'www.jobstreet.com.ph']) {
      expect(jobstreet.handles(new URL(`https://${host}/job/1`)), host).toBe(true);
    }
    expect(jobstreet.handles(new URL('https://jobstreet.example.com/job/1'))).toBe(false);
  });

  it('takes the selected job from a search page, and waits when none is selected', () => {
    const { doc } = siteFixture('jobstreet');
    const url = new URL('https://id.jobstreet.com/id/jobs?keywords=customer&jobId=80000009');
    expect(jobstreet.chatId(jobstreet.findRoot(doc, url) as Element, url)).toBe('job:80000009');
    doc.querySelector('[data-automation="jobDetailsPage"]')!.remove();
    expect(jobstreet.findRoot(doc, new URL('https://id.jobstreet.com/id/jobs?keywords=customer'))).toBe('waiting');
  });
});
