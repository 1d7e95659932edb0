// The job boards whose pages Lureguard always treats as possible job offers: plain data, matched by host
// suffix ("jobstreet.com" also covers "id.jobstreet.com"), optionally only under a path prefix.
// Data only: no DOM, no network. Keep entries lower case and without "www.".

export interface JobBoardHost {
  host: string;
  /** Only URLs whose path starts with one of these count (for general sites that also host jobs). */
  paths?: readonly string[];
}

const h = (host: string, ...paths: string[]): JobBoardHost => (paths.length > 0 ? { host, paths } : { host });

export const JOB_BOARD_HOSTS: readonly JobBoardHost[] = [
  // Southeast Asia
  h('jobstreet.com'), h('jobstreet.co.id'), h('jobstreet.com.my'), h('jobstreet.com.ph'), h('jobstreet.com.sg'), h('jobstreet.vn'),
  h('jobsdb.com'), h('glints.com'), h('kalibrr.com'), h('kalibrr.id'), h('karir.com'), h('loker.id'), h('jobs.id'),
  h('urbanhire.com'), h('dealls.com'), h('lokerjogja.id'), h('topkarir.com'),
  h('topcv.vn'), h('vietnamworks.com'), h('careerviet.vn'), h('careerlink.vn'), h('timviec365.vn'), h('itviec.com'),
  h('vieclam24h.vn'), h('123job.vn'), h('mywork.com.vn'),
  h('jobthai.com'), h('jobbkk.com'), h('thaijob.com'),
  h('workabroad.ph'), h('onlinejobs.ph'), h('mynimo.com'), h('kalibrr.ph'), h('bestjobs.ph'),
  h('jobcentral.com.sg'), h('mycareersfuture.gov.sg'), h('hiredly.com'), h('maukerja.my'),
  h('bongthom.com'), h('camhr.com'), h('everjobs.com.kh'), h('myjobmm.com'), h('jobnet.com.mm'), h('108jobs.com'),
  // East Asia
  h('51job.com'), h('zhaopin.com'), h('liepin.com'), h('lagou.com'), h('zhipin.com'), h('58.com', '/job', '/zhaopin'),
  h('104.com.tw'), h('1111.com.tw'), h('518.com.tw'), h('yes123.com.tw'), h('jobsdb.com.hk'), h('ctgoodjobs.hk'),
  h('saramin.co.kr'), h('jobkorea.co.kr'), h('worknet.go.kr'),
  // South Asia
  h('naukri.com'), h('shine.com'), h('foundit.in'), h('timesjobs.com'), h('apna.co'), h('workindia.in'),
  h('bdjobs.com'), h('rozee.pk'), h('merojob.com'), h('kumarijob.com'), h('topjobs.lk'),
  // Africa
  h('brightermonday.co.ke'), h('brightermonday.co.ug'), h('brightermonday.co.tz'), h('jobberman.com'), h('myjobmag.com'),
  h('fuzu.com'), h('ethiojobs.net'), h('careers24.com'), h('pnet.co.za'),
  // Gulf and international
  h('bayt.com'), h('naukrigulf.com'), h('gulftalent.com'), h('dubizzle.com', '/jobs'),
  h('indeed.com'), h('indeed.co.in'), h('indeed.co.uk'), h('indeed.com.sg'), h('indeed.com.my'), h('indeed.com.ph'),
  h('jora.com'), h('jooble.org'), h('careerjet.com'), h('monster.com'), h('seek.com.au'), h('seek.co.nz'),
  h('glassdoor.com', '/job-listing', '/Job'), h('linkedin.com', '/jobs'), h('jobs.lever.co'), h('boards.greenhouse.io'),
  h('myworkdayjobs.com'), h('smartrecruiters.com'), h('workable.com', '/j/'), h('jobvite.com'),
];

/** The entry that matches a URL's host (and path, where the entry has paths), or null. */
export function findJobBoard(hostname: string, pathname: string, hosts: readonly JobBoardHost[] = JOB_BOARD_HOSTS): JobBoardHost | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const entry of hosts) {
    if (host !== entry.host && !host.endsWith(`.${entry.host}`)) continue;
    if (!entry.paths || entry.paths.some((p) => pathname.startsWith(p))) return entry;
  }
  return null;
}
