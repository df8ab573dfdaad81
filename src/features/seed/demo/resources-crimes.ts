import type { DemoResource } from './types.ts';

/** Crimes and immigration, and post-conviction relief. */
export const crimesResources: DemoResource[] = [
  {
    slug: 'sentence-modifications-matter-of-thomas-and-thompson-2019',
    type: 'practice-advisory',
    title: 'Matter of Thomas & Thompson: What the Attorney General Decision Means for Sentence Modifications',
    summary:
      'An early analysis of Matter of Thomas & Thompson, 27 I&N Dec. 674 (A.G. 2019), which limits when immigration authorities will honor a state order modifying a criminal sentence. Superseded by our 2024 advisory after new DOJ regulations resolved the retroactivity question.',
    body: `> **Superseded.** This advisory was written before the 2024 Department of Justice regulations, which make clear that *Thomas & Thompson* is not retroactive. See our November 2024 advisory on sentence modifications for current guidance.

## The decision

On October 25, 2019, the Attorney General held that a state-court order changing a sentence counts for immigration purposes only if it is based on a procedural or substantive defect in the underlying proceeding, the same test that *Matter of Pickering*, 23 I&N Dec. 621 (BIA 2003), applies to vacated convictions. Orders based on rehabilitation or hardship no longer count.

## Open questions at the time

- Does the decision apply to modifications obtained before October 25, 2019?
- Does it reach people who pleaded guilty relying on the old rule?
- How will judges treat orders under Cal. Penal Code § 18.5 reducing a misdemeanor sentence to 364 days?

## Interim advice

Seek orders that state a legal defect on the record, such as a failure to advise under *Padilla v. Kentucky*, 559 U.S. 356 (2010). Preserve retroactivity arguments in every case.`,
    topics: ['post-conviction-relief', 'crimes-and-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2019-11-20',
    postedAt: '2019-11-20T18:00:00Z',
    authors: ['Maya Okafor'],
    projects: ['immigrant-justice-network'],
  },
  {
    slug: 'padilla-v-kentucky-duties-of-defense-counsel',
    type: 'practice-advisory',
    title: 'The Duty to Advise: Defense Counsel Obligations Under Padilla v. Kentucky',
    summary:
      'Explains what Padilla v. Kentucky, 559 U.S. 356 (2010), and later cases require of criminal defense counsel representing noncitizen clients, with a step-by-step approach to advising and negotiating.',
    body: `## The holding

In *Padilla v. Kentucky*, 559 U.S. 356 (2010), the Supreme Court held that the Sixth Amendment requires defense counsel to advise noncitizen clients about the deportation risk of a plea. Where the consequence is clear, the advice must be clear. In *Lee v. United States*, 582 U.S. 357 (2017), the Court held that a defendant can show prejudice where deportation was the decisive factor in accepting a plea.

## State law

California goes further. Cal. Penal Code § 1016.3 requires counsel to give accurate advice and to defend against immigration consequences, and requires prosecutors to consider avoiding those consequences in plea negotiations.

## A workflow for defenders

1. Ask every client about citizenship and immigration history, privately.
2. Identify the client's goals: avoiding deportation, preserving eligibility for relief, or both.
3. Analyze the charges with a consequences chart and consult an immigration expert.
4. Negotiate for immigration-safe pleas and sentences (for example, 364 days rather than one year).
5. Document the advice given in the file.`,
    topics: ['crimes-and-immigration', 'post-conviction-relief'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2015-03-10',
    updatedOn: '2021-06-01',
    postedAt: '2015-03-10T17:00:00Z',
    authors: ['Daniel Reyes-Whitfield'],
    projects: ['immigrant-justice-network'],
  },
  {
    slug: 'vacating-convictions-cal-penal-code-1473-7',
    type: 'practice-advisory',
    title: 'Vacating Legally Invalid Convictions Under Cal. Penal Code § 1473.7',
    summary:
      'A guide to motions under Cal. Penal Code § 1473.7, which lets people no longer in criminal custody vacate a conviction because of errors about immigration consequences, and to making the resulting order effective under Matter of Pickering.',
    body: `## Who can file

Section 1473.7 is available to a person who is no longer in criminal custody. The most common ground is prejudicial error that damaged the person's ability to meaningfully understand, defend against, or knowingly accept the actual or potential immigration consequences of a plea.

## Elements to prove

- **Error.** The error need not be ineffective assistance of counsel; the person's own misunderstanding can be enough.
- **Prejudice.** A reasonable probability that the person would have rejected the plea had they understood the consequences. Evidence of community ties and immigration priorities helps.
- **Timeliness.** File with reasonable diligence after learning of the consequences or receiving a removal notice.

## Making it count in immigration court

A vacatur based on a legal defect is recognized under *Matter of Pickering*, 23 I&N Dec. 621 (BIA 2003). Ask the judge to state that basis in the order, and avoid orders that rest on rehabilitation alone.

## Evidence checklist

- Declaration from the client and, if possible, former counsel
- Plea forms and transcripts
- Proof of ties: family, work, residence`,
    topics: ['post-conviction-relief', 'crimes-and-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2017-02-14',
    updatedOn: '2023-01-18',
    postedAt: '2017-02-14T18:00:00Z',
    authors: ['Maya Okafor'],
    attachments: [{ filename: 'pc-1473-7-advisory.pdf', title: 'Section 1473.7 Motions (PDF)' }],
    projects: ['immigrant-justice-network'],
  },
  {
    slug: 'chart-immigration-consequences-california-offenses',
    type: 'chart',
    title: 'Quick Reference Chart: Immigration Consequences of Selected California Offenses',
    summary:
      'A chart for defenders listing common California offenses with their likely treatment as aggravated felonies, crimes involving moral turpitude, and controlled substance or firearms offenses, plus safer plea alternatives.',
    body: `## How to read the chart

Each row names a California statute and gives an analysis under three headings: **aggravated felony** (INA § 101(a)(43)), **crime involving moral turpitude**, and **other removal grounds**. The last column suggests pleas or sentences that reduce the risk.

| Offense | Aggravated felony? | CIMT? | Safer alternative |
|---|---|---|---|
| Theft (Pen. Code § 484) | Yes, if sentence of 1 year or more | Yes | Sentence of 364 days or less |
| Vehicle taking (Veh. Code § 10851) | Possible | Depends on intent | Plead to temporary taking |
| Simple possession (H&S § 11350) | Generally no | No | Non-drug offense or accessory |
| Assault (Pen. Code § 245) | If 1 year or more | Often | Sentence of 364 days |

## Cautions

The chart summarizes; it does not replace analysis of the record of conviction. Case law in this area changes often. Check the notes for each offense and the date of last update.`,
    topics: ['crimes-and-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2018-05-01',
    updatedOn: '2024-03-15',
    postedAt: '2018-05-01T17:00:00Z',
    attachments: [{ filename: 'california-quick-reference-chart.pdf', title: 'California Quick Reference Chart (PDF)' }],
    projects: ['immigrant-justice-network'],
  },
  {
    slug: 'chart-post-conviction-orders-recognized-in-immigration',
    type: 'chart',
    title: 'Chart: Which Post-Conviction Orders Does Immigration Law Recognize?',
    summary:
      'Compares vacaturs, expungements, sentence modifications, and diversion orders, and shows which ones eliminate a conviction or sentence for immigration purposes.',
    body: `## The basic rule

Immigration law looks at the federal definition of "conviction" in INA § 101(a)(48)(A). State relief that merely rewards rehabilitation usually leaves the conviction in place. Relief that fixes a legal defect removes it. See *Matter of Pickering*, 23 I&N Dec. 621 (BIA 2003).

| Type of order | Effective for immigration? |
|---|---|
| Vacatur for legal defect (e.g. Cal. Penal Code § 1473.7) | Yes |
| Expungement for rehabilitation (Cal. Penal Code § 1203.4) | No, with narrow exceptions |
| Withdrawal of plea under deferred entry of judgment (Cal. Penal Code § 1203.43) | Yes |
| Sentence reduction for legal defect | Yes |
| Sentence reduction for other reasons | Only in limited situations; see our 2024 advisory |
| Pretrial diversion with no guilty plea | No conviction arises |

## Tips

Read the order itself: its stated basis often decides the question.`,
    topics: ['post-conviction-relief', 'crimes-and-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2020-08-12',
    updatedOn: '2024-11-06',
    postedAt: '2020-08-12T17:00:00Z',
    authors: ['Daniel Reyes-Whitfield'],
  },
  {
    slug: 'ina-212h-waiver-criminal-grounds',
    type: 'practice-advisory',
    title: 'The INA § 212(h) Waiver of Criminal Grounds of Inadmissibility',
    summary:
      'Covers who can use the waiver at INA § 212(h), 8 U.S.C. § 1182(h), which offenses it reaches, the special bars for permanent residents, and how to build the hardship and discretion record.',
    body: `## What the waiver covers

Section 212(h) can waive inadmissibility for crimes involving moral turpitude, multiple convictions, prostitution, and a single offense of simple possession of 30 grams or less of marijuana. It cannot waive other controlled substance offenses.

## Routes to eligibility

- **Family hardship:** extreme hardship to a U.S. citizen or permanent resident spouse, parent, son, or daughter.
- **The 15-year route:** the conduct occurred more than 15 years ago and the person is rehabilitated.
- **VAWA self-petitioners.**

## Bars for permanent residents

A person previously admitted as a permanent resident is barred if convicted of an aggravated felony since that admission or if they lack seven years of continuous lawful residence before proceedings began. Careful review of how the person became a resident is essential.

## Violent or dangerous crimes

Under 8 C.F.R. § 212.7(d), applicants with violent or dangerous crimes must show exceptional and extremely unusual hardship, a higher standard.

## Building the record

Gather medical, financial, and country-conditions evidence, and declarations from every qualifying relative. File Form I-601 with USCIS or present the waiver to the immigration judge with adjustment of status.`,
    topics: ['crimes-and-immigration', 'family-based-immigration', 'removal-defense'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2016-04-05',
    postedAt: '2016-04-05T17:00:00Z',
    authors: ['Hannah Lindqvist'],
  },
  {
    slug: 'sample-immigration-advisement-worksheet-defense-counsel',
    type: 'sample-form',
    title: 'Sample Immigration Intake and Advisement Worksheet for Defense Counsel',
    summary:
      'A fill-in worksheet public defenders can adapt to collect immigration history, record the client’s priorities, and document advice given under Padilla v. Kentucky.',
    body: `## How to use this worksheet

Complete it at the first interview, in the client's language, in a private setting. Keep it in the confidential part of the file.

## Sections

1. **Citizenship and status.** Place of birth; parents' citizenship; current status (permanent resident, visa holder, DACA, TPS, none); date and manner of entry.
2. **Prior history.** Prior removal orders, departures, and immigration applications; prior convictions anywhere.
3. **Family.** Spouse, children, and parents who are citizens or permanent residents.
4. **Client priorities.** Ranking of goals: avoiding jail, avoiding deportation, preserving eligibility for relief.
5. **Consultation.** Name of the immigration expert consulted and date.
6. **Advice given.** Consequences of each offer, in plain words; client's decision.

## Note

Adapt the form to your state's ethics rules and to Cal. Penal Code § 1016.3 or its local equivalent. Never share completed worksheets with the prosecution.`,
    topics: ['crimes-and-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2019-06-18',
    postedAt: '2019-06-18T17:00:00Z',
    attachments: [{ filename: 'advisement-worksheet.pdf', title: 'Advisement Worksheet (PDF)' }],
  },
  {
    slug: 'webinar-post-conviction-relief-basics',
    type: 'webinar-recording',
    title: 'Webinar Recording: Post-Conviction Relief for Immigrants (Beginner)',
    summary:
      'A 90-minute beginner webinar introducing the main tools for clearing convictions for immigration purposes, with slides and a resource list.',
    body: `**Level:** Beginner · **Length:** 90 minutes

## What this webinar covers

- Why state "cleanup" does not always help immigrants, and the *Pickering* rule
- Vacatur motions under Cal. Penal Code § 1473.7 and habeas corpus
- Sentence reductions and the limits set by *Matter of Thomas & Thompson*
- Working with defense counsel and the criminal court
- Screening clients: which convictions are worth challenging first

## Who should watch

Immigration attorneys and accredited representatives new to post-conviction work, and public defenders who handle clean-slate cases.

## Materials

The slides and a list of cited authorities are attached. The recording reflects the law on the date of the webinar; check our newer advisories for later developments, including the 2024 regulations on sentence modifications.`,
    topics: ['post-conviction-relief', 'crimes-and-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2021-03-24',
    postedAt: '2021-03-24T20:00:00Z',
    authors: ['Maya Okafor', 'Tomás Gutiérrez'],
    attachments: [{ filename: 'pcr-webinar-slides.pdf', title: 'Webinar Slides (PDF)' }],
    projects: ['immigrant-justice-network'],
  },
  {
    slug: 'comment-opposing-expanded-criminal-bars-to-asylum',
    type: 'public-comment',
    title: 'Comment Opposing Proposed Criminal Bars to Asylum Eligibility',
    summary:
      'Our comment on the December 2019 proposed rule that would have added new categories of criminal conduct, including many misdemeanors, as bars to asylum.',
    body: `## Summary of our comment

The proposed rule would have barred asylum for people convicted of a wide range of offenses, including some misdemeanors and offenses involving no violence. We urged the agencies to withdraw it.

## Our main points

1. **Conflict with the statute.** Congress already defined the criminal bars in INA § 208(b)(2). The agencies may not add categories so broad that they swallow the statutory "particularly serious crime" analysis.
2. **Refugee protection.** The rule would return people with minor records to persecution, contrary to U.S. treaty obligations.
3. **Survivors.** Many survivors of domestic violence and trafficking have convictions linked to their abuse.
4. **Unworkable inquiries.** Judges would be asked to decide whether conduct "would" have been a crime, without a conviction.

## Outcome

A federal court blocked the rule before it took effect. We continue to monitor related proposals.`,
    topics: ['asylum', 'crimes-and-immigration', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2020-01-21',
    postedAt: '2020-01-21T22:00:00Z',
    projects: ['immigrant-justice-network'],
  },
];
