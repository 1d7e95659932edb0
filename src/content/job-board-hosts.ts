// The job boards whose pages Lureguard always treats as possible job offers: plain data, matched by host
// suffix on a dot boundary ("jobstreet.com" also covers "id.jobstreet.com"), some only under path prefixes.
// Data only: no DOM, no network. Kept as one string and a small table so that checking a page costs a few
// string searches, with nothing built when the content script starts. Entries lower case, without "www.".

export interface JobBoardHost {
  host: string;
  /** Only URLs whose path starts with one of these count (for general sites that also host jobs). */
  paths?: readonly string[];
}

/** Hosts whose every page counts, each between spaces. */
const HOSTS =
  ' ' +
  // Southeast Asia
  'jobstreet.com jobstreet.co.id jobstreet.com.my jobstreet.com.ph jobstreet.com.sg jobstreet.vn ' +
  'jobsdb.com glints.com kalibrr.com kalibrr.id karir.com loker.id jobs.id urbanhire.com dealls.com ' +
  'lokerjogja.id topkarir.com topcv.vn vietnamworks.com careerviet.vn careerlink.vn timviec365.vn ' +
  'itviec.com vieclam24h.vn 123job.vn mywork.com.vn jobthai.com jobbkk.com thaijob.com workabroad.ph ' +
  'onlinejobs.ph mynimo.com kalibrr.ph bestjobs.ph jobcentral.com.sg mycareersfuture.gov.sg ' +
  'hiredly.com maukerja.my bongthom.com camhr.com everjobs.com.kh myjobmm.com jobnet.com.mm ' +
  '108jobs.com ' +
  // East Asia
  '51job.com zhaopin.com liepin.com lagou.com zhipin.com 104.com.tw 1111.com.tw 518.com.tw ' +
  'yes123.com.tw jobsdb.com.hk ctgoodjobs.hk saramin.co.kr jobkorea.co.kr worknet.go.kr ' +
  // South Asia
  'naukri.com shine.com foundit.in timesjobs.com apna.co workindia.in bdjobs.com rozee.pk merojob.com ' +
  'kumarijob.com topjobs.lk ' +
  // Africa
  'brightermonday.co.ke brightermonday.co.ug brightermonday.co.tz jobberman.com myjobmag.com fuzu.com ' +
  'ethiojobs.net careers24.com pnet.co.za ' +
  // Gulf and international
  'bayt.com naukrigulf.com gulftalent.com indeed.com indeed.co.in indeed.co.uk indeed.com.sg ' +
  'indeed.com.my indeed.com.ph jora.com jooble.org careerjet.com monster.com seek.com.au seek.co.nz ' +
  'jobs.lever.co boards.greenhouse.io myworkdayjobs.com smartrecruiters.com jobvite.com ';

/** General sites that also host jobs: only these paths count. */
const SCOPED: Readonly<Record<string, readonly string[]>> = {
  '58.com': ['/job', '/zhaopin'],
  'dubizzle.com': ['/jobs'],
  'glassdoor.com': ['/job-listing', '/Job'],
  'linkedin.com': ['/jobs'],
  'workable.com': ['/j/'],
};

/** The entry that matches a URL's host (and path, for the scoped sites), or null. */
export function findJobBoard(hostname: string, pathname: string): JobBoardHost | null {
  let host = hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  // Try the host and each parent domain: "id.jobstreet.com", "jobstreet.com", "com".
  for (let at = 0; at < host.length; ) {
    const suffix = at === 0 ? host : host.slice(at);
    if (HOSTS.includes(` ${suffix} `)) return { host: suffix };
    const paths = SCOPED[suffix];
    if (paths && paths.some((p) => pathname.startsWith(p))) return { host: suffix, paths };
    const dot = host.indexOf('.', at);
    if (dot === -1) break;
    at = dot + 1;
  }
  return null;
}
