import type { DemoResource } from './types.ts';

/**
 * The homepage's "Latest Items" (the six most recently posted resources, newest first) and the
 * featured resource. Their summaries are the organization's own words from its homepage.
 */
export const latestResources: DemoResource[] = [
  {
    slug: 'sentence-modifications-after-matter-of-thomas-and-thompson',
    type: 'practice-advisory',
    title: 'Sentence Modifications After Matter of Thomas & Thompson: New DOJ Regulations Limit Its Reach',
    summary:
      'On October 25, 2019, the Attorney General published Matter of Thomas & Thompson holding that adjudicators could only recognize a sentence modification for immigration purposes where the sentence was vacated due to procedural or substantive defect as defined in Matter of Pickering. It was not clear whether this holding was retroactive. Under new DOJ regulations it is now clear that Matter of Thomas & Thompson is not retroactive. Adjudicators will recognize a sentence modification as vacating the sentence for immigration purposes where: (1) the person filed for the sentence modification on or before October 25, 2019; (2) the person relied on the availability to seek a sentence modification where the conviction date was on or before October 25, 2019; (3) there was a clerical or typographical error in the sentence regardless of the date of entry of the sentence; or (4) where the sentence was vacated due to a procedural or substantive defect in the sentencing - regardless of when the sentence modification was filed.',
    body: `## Background

Before 2019, immigration judges and the Board gave effect to most state-court orders that reduced a sentence, whatever the reason for the change (*Matter of Cota-Vargas*, 23 I&N Dec. 849 (BIA 2005); *Matter of Song*, 23 I&N Dec. 173 (BIA 2001)). In *Matter of Thomas & Thompson*, 27 I&N Dec. 674 (A.G. 2019), the Attorney General overruled those decisions and applied the *Pickering* test to sentences: a modification counts only if it corrects a procedural or substantive defect in the underlying proceedings. See *Matter of Pickering*, 23 I&N Dec. 621 (BIA 2003).

## What the new regulations do

The 2024 Department of Justice regulations answer the retroactivity question. A sentence modification is recognized where:

1. the motion was filed on or before October 25, 2019;
2. the conviction was entered on or before October 25, 2019 and the person relied on the ability to seek a modification;
3. the order corrects a clerical or typographical error, whenever the sentence was entered; or
4. the order rests on a procedural or substantive defect, whenever it was filed.

## Practice pointers

- Pull the court file and confirm the filing date of any earlier motion.
- For pre-2019 pleas, document reliance, for example a plea entered with a plan to seek a later reduction to 364 days under Cal. Penal Code § 18.5.
- Ask the criminal court to state the legal basis of the order on the record.

This advisory replaces our 2019 advisory on *Thomas & Thompson*.`,
    topics: ['post-conviction-relief', 'crimes-and-immigration', 'removal-defense'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2024-11-06',
    postedAt: '2024-11-07T17:00:00Z',
    authors: ['Maya Okafor', 'Daniel Reyes-Whitfield'],
    supersedes: ['sentence-modifications-matter-of-thomas-and-thompson-2019'],
    attachments: [{ filename: 'sentence-modifications-advisory-2024.pdf', title: 'Sentence Modifications After Thomas & Thompson (PDF)' }],
    projects: ['immigrant-justice-network'],
  },
  {
    slug: 'texas-sb-4-and-copycat-state-deportation-laws',
    type: 'faq-explainer',
    title: 'Texas SB 4 and Its Copycats: The Spread of State Deportation Laws',
    summary:
      'Over the past few years, Texas has led the nation in cruel attempts to criminalize and punish immigrants and noncitizens. The infamous Texas state deportation law, SB 4, is an integral part of the dangerous and unconstitutional Operation Lone Star and is one of the most controversial and extreme pieces of legislation that targets immigrants and noncitizens in the United States. In 2024, state legislatures across the country have proposed bills that further expand the already vast and punishing criminal-legal system by requiring local law enforcement to carry out federal immigration enforcement and creating new crimes that punish the act of crossing into a state without legal status. Unless stopped, Texas SB 4 and its ilk could herald a regressive wave of anti-immigrant state legislation that will endanger noncitizens and U.S. citizens across the country–to a greater extent than occurred in 2010 after the passage of Arizona’s infamous racial profiling law, SB 1070. This report looks at the copycat policies being put forth across the country.',
    body: `## What SB 4 does

Texas SB 4 (2023) makes it a state crime to enter or re-enter Texas from a foreign country other than at a lawful port of entry, and lets state judges order people to leave the country. Local police, not federal officers, would make the arrests. Federal courts have blocked the law while litigation continues.

## The copycat bills

In 2024, legislators in several states introduced bills modeled on SB 4. Iowa and Oklahoma enacted versions that were also blocked in court. Other bills would:

- require sheriffs to sign agreements with ICE under INA § 287(g);
- create new state crimes for "illegal entry" or for transporting undocumented people;
- punish local officials who limit cooperation with immigration authorities.

## Why it matters

The Supreme Court held in *Arizona v. United States*, 567 U.S. 387 (2012), that immigration enforcement is largely a federal responsibility. These laws test that line. Even when blocked, they spread fear, encourage racial profiling, and push people away from police, hospitals, and schools.

## What advocates can do

Track bills early, build coalitions with defenders and faith leaders, and document the costs of Operation Lone Star-style enforcement for local budgets and families.`,
    topics: ['enforcement', 'policy-advocacy', 'crimes-and-immigration'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2024-10-22',
    postedAt: '2024-10-23T16:00:00Z',
    authors: ['Lucía Benavides'],
    attachments: [{ filename: 'sb4-copycat-report-2024.pdf', title: 'Texas SB 4 and Its Copycats (PDF)' }],
    projects: ['collective-freedom-project'],
  },
  {
    slug: 'prosecutorial-discretion-removal-proceedings-part-2',
    type: 'practice-advisory',
    title: 'Prosecutorial Discretion in Removal Proceedings, Part 2: Unintended Consequences of OPLA Practices',
    summary:
      'Part 2 of this 2-part advisory explores some of the unexpected consequences of PD policies adopted by the ICE Office of the Principal Legal Advisor (OPLA) that can prejudice noncitizens in removal proceedings, including the practice of moving to dismiss proceedings over respondents’ objections and failing to appear at hearings.',
    body: `## When "favorable" discretion is not favorable

Dismissal ends a case, but it also ends the respondent's access to relief that only an immigration judge can grant, such as cancellation of removal under INA § 240A(b). A respondent with a strong cancellation claim may be better off staying in proceedings.

## Motions to dismiss over objection

OPLA has moved to dismiss cases where the respondent did not ask for dismissal. Counsel should:

- file a written opposition explaining the relief the respondent is pursuing;
- ask the judge to weigh the prejudice of losing that relief;
- preserve the issue for appeal.

## When OPLA does not appear

Some offices have stopped sending attorneys to certain hearings. Be ready to proceed anyway: bring witnesses, file evidence on time, and ask the court to rule on unopposed applications.

## Other risks

- A dismissed case leaves no pending proceeding to pause the clock for some forms of relief.
- Dismissal without prejudice allows DHS to file a new Notice to Appear later.
- A client who leaves court without status still needs a plan, such as an affirmative filing with USCIS.

See Part 1 for the current policy framework and the factors to weigh before asking for discretion.`,
    topics: ['removal-defense', 'enforcement'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2024-10-15',
    postedAt: '2024-10-16T18:00:00Z',
    authors: ['Samuel Oduya', 'Grace Nakamura'],
    series: { slug: 'prosecutorial-discretion-2024', title: 'Prosecutorial Discretion in Removal Proceedings', part: 2, of: 2 },
    attachments: [{ filename: 'pd-advisory-part-2.pdf', title: 'Prosecutorial Discretion, Part 2 (PDF)' }],
  },
  {
    slug: 'prosecutorial-discretion-removal-proceedings-part-1',
    type: 'practice-advisory',
    title: 'Prosecutorial Discretion in Removal Proceedings, Part 1: Policy Updates and Strategy',
    summary:
      'Part 1 of this 2-part advisory provides updates on DHS’s prosecutorial discretion in removal proceedings and explores the various factors that advocates should consider when deciding whether to seek a favorable exercise of discretion from the ICE Office of the Principal Legal Advisor (OPLA). Part 1 also highlights new regulations and discusses how the upcoming presidential election may impact prosecutorial discretion.',
    body: `## The current framework

OPLA attorneys exercise discretion under the 2021 DHS enforcement guidelines and OPLA's own 2022 guidance. Common requests include dismissal, administrative closure, continuances, and stipulations to relief. In *United States v. Texas*, 599 U.S. 670 (2023), the Supreme Court left the guidelines in place.

## New regulations

EOIR rules effective July 29, 2024 codify administrative closure and termination at 8 C.F.R. § 1003.18. Judges may now close or terminate cases in defined circumstances, sometimes over a party's objection.

## Factors to weigh before asking

- **Relief available in court.** Does the client qualify for cancellation, asylum, or adjustment before the judge?
- **Status after dismissal.** Will the client have a way to get work authorization?
- **Criminal history.** A request invites OPLA to review the record closely.
- **Timing.** A future administration may reopen closed cases or withdraw discretion.

## The election

Discretion policies change with administrations. Discuss with clients the risk that an administratively closed case could be recalendared, and document every agreement with OPLA in writing.

Part 2 covers the unintended consequences of OPLA practices.`,
    topics: ['removal-defense', 'enforcement'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2024-10-15',
    postedAt: '2024-10-16T17:00:00Z',
    authors: ['Samuel Oduya', 'Grace Nakamura'],
    series: { slug: 'prosecutorial-discretion-2024', title: 'Prosecutorial Discretion in Removal Proceedings', part: 1, of: 2 },
    attachments: [{ filename: 'pd-advisory-part-1.pdf', title: 'Prosecutorial Discretion, Part 1 (PDF)' }],
  },
  {
    slug: 'parole-in-place-supporting-documents',
    type: 'practice-advisory',
    title: 'Keeping Families Together: Preparing Supporting Documents for Parole in Place',
    summary:
      'This advisory describes supporting documentation for the Parole in Place program under Keeping Families Together. The adjudications for this program are currently on pause due to litigation. Persons hoping to apply should the program resume may gather and prepare supporting documents in advance.',
    body: `## Status of the program

USCIS began accepting Form I-131F requests on August 19, 2024. A federal court paused approvals days later, and the case remains pending. Requests can still be prepared, but clients should understand that the program may not resume.

## Documents to gather

**Relationship**
- Marriage certificate showing marriage on or before June 17, 2024
- Proof of the spouse's U.S. citizenship (birth certificate, passport, or naturalization certificate)
- For stepchildren, the child's birth certificate

**Continuous presence since June 17, 2014**
- Leases, utility bills, tax returns, school and medical records
- At least one document for each year, with gaps explained in a declaration

**Entry without admission or parole**
- A declaration describing the entry; any prior immigration filings

**Identity and discretion**
- Passport or national identity document
- Court dispositions for every arrest
- Letters of support, proof of employment, community involvement

## Cautions

Screen every client for prior removal orders, criminal history, and other relief before filing anything. Parole under INA § 212(d)(5)(A) is discretionary and temporary.`,
    topics: ['family-based-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2024-09-26',
    postedAt: '2024-10-02T17:00:00Z',
    authors: ['Priya Raman'],
    attachments: [{ filename: 'pip-supporting-documents.pdf', title: 'Parole in Place Supporting Documents (PDF)' }],
  },
  {
    slug: 'expose-and-disrupt-public-records-act-guide',
    type: 'toolkit-report',
    title: 'Expose and Disrupt: Using Public Records Act Requests to Fight Immigration Enforcement',
    summary:
      'The “Expose and Disrupt” guide illustrates how immigrant rights advocates can use state Public Records Act (PRA) requests to fight back against immigration enforcement. Strategic PRA requests can peel back the curtain on ways state and local agencies work together with immigration authorities to reinforce the deportation machinery and traumatize our communities. The guide explains the mechanics of requesting public records, strategies on what information can be useful for campaigns to stop or limit immigration enforcement, and includes examples of what kinds of records exist.',
    body: `## Why public records

Sheriffs and police rarely announce how they help ICE. Emails, jail booking data, detainer logs, and contracts often tell the real story, and state public records laws give the public a right to see them. In California, the Public Records Act is at Cal. Gov't Code § 7920.000 and following.

## Making a request

1. Identify the agency that holds the records (sheriff, probation, county counsel).
2. Describe the records clearly, with date ranges and keywords.
3. Ask for electronic copies and a fee waiver where available.
4. Calendar the response deadline and follow up in writing.

## What to ask for

- ICE detainer requests (Form I-247A) and the agency's responses
- Notifications of release dates sent to ICE
- Communications between jail staff and ICE officers
- 287(g) agreements, steering committee minutes, and training records
- Policies on access to jails by immigration agents

## Using what you find

Records can support public testimony, media stories, litigation, and audits. Keep an organized log of every request and every document received.`,
    topics: ['enforcement', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2024-10-01',
    postedAt: '2024-10-01T17:00:00Z',
    authors: ['Lucía Benavides', 'Rafael Ochoa'],
    attachments: [{ filename: 'expose-and-disrupt-pra-guide.pdf', title: 'Expose and Disrupt Guide (PDF)' }],
    projects: ['collective-freedom-project'],
  },
  {
    slug: 'local-policy-interventions-for-protecting-immigrants',
    type: 'toolkit-report',
    title: 'Local Policy Interventions for Protecting Immigrants',
    summary:
      'Local policies are the main drivers of policing, prosecution, and the deportation machine. This resource provides examples of effective policy language localities can use to protect community members.',
    body: `## Why local policy

Most deportations of long-time residents begin with a local arrest. Counties and cities decide who is arrested, who is booked into jail, whether ICE is told about a release, and how cases are charged. Each of those decisions can be changed by local policy.

## Model policy areas

- **Jail and ICE.** Decline detainer requests and notification requests; bar ICE from non-public areas of jails.
- **Policing.** Reduce arrests for low-level offenses; limit traffic stops used as pretext.
- **Prosecution.** Direct prosecutors to weigh immigration consequences in charging and plea offers, as *Padilla v. Kentucky*, 559 U.S. 356 (2010), requires defense counsel to do.
- **Data.** Limit sharing of license plate, booking, and benefits data with immigration authorities.
- **Public defense.** Fund immigration attorneys inside public defender offices.

## How to use this toolkit

Each section pairs sample ordinance or policy language with notes on how it has worked where adopted. Adapt the language to your state's law and test it with local counsel.`,
    topics: ['enforcement', 'policy-advocacy', 'crimes-and-immigration'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2024-08-14',
    updatedOn: '2024-09-10',
    postedAt: '2024-08-14T17:00:00Z',
    authors: ['Rafael Ochoa'],
    attachments: [{ filename: 'local-policy-interventions.pdf', title: 'Local Policy Interventions (PDF)' }],
    projects: ['collective-freedom-project', 'immigrant-justice-network'],
  },
];
