import type { DemoResource } from './types.ts';

/** DACA and immigrant youth. */
export const youthResources: DemoResource[] = [
  {
    slug: 'daca-after-the-rescission-2017',
    type: 'faq-explainer',
    title: 'DACA After the Rescission: What Recipients Need to Know',
    summary:
      'Answers questions about the September 2017 announcement ending DACA, renewal deadlines, and travel. Superseded by our 2023 explainer on the DACA final rule.',
    body: `> **Superseded.** Courts blocked the rescission, and in *DHS v. Regents of the University of California*, 591 U.S. 1 (2020), the Supreme Court held that it was unlawful. DACA later became a regulation. See our 2023 explainer for the current rules.

## What happened on September 5, 2017?

The government announced it would stop accepting new DACA requests and would allow only a short window for some renewals.

## Is my DACA still valid?

Yes. Existing DACA and work permits remain valid until their expiration dates.

## Can I still renew?

Only people whose DACA expired between September 5, 2017 and March 5, 2018 could renew, and only if the request arrived by October 5, 2017.

## Can I travel?

Advance parole requests are no longer being accepted. Do not travel outside the U.S. without talking to a lawyer.

## What should I do now?

Get screened for other options. Many DACA recipients qualify for other relief, such as a family petition, a U visa, or Special Immigrant Juvenile Status.`,
    topics: ['daca', 'immigrant-youth'],
    language: 'en',
    audience: 'community',
    publishedOn: '2017-09-08',
    postedAt: '2017-09-08T17:00:00Z',
  },
  {
    slug: 'daca-final-rule-explainer-2023',
    type: 'faq-explainer',
    title: 'DACA in 2023: The Final Rule, the Court Cases, and What You Can Do',
    summary:
      'Explains the DACA regulation that took effect in October 2022, the court rulings that still block first-time applications, and what current recipients should do to protect themselves.',
    body: `## The final rule

DHS turned DACA into a federal regulation, effective October 31, 2022. The eligibility criteria are largely the same as in 2012.

## The court cases

In September 2023, a federal district court in Texas ruled that the regulation is unlawful. The court's order keeps DACA in place for current recipients while appeals continue, but USCIS cannot approve first-time requests.

## What this means for you

- **Current recipients:** You can and should keep renewing. File 120 to 150 days before your DACA expires.
- **First-time applicants:** USCIS may accept your request but will not decide it for now.
- **Travel:** Advance parole is available for humanitarian, educational, and employment reasons, but travel carries risk. Get advice first.

## Get screened

Many people with DACA qualify for something more permanent. Ask a trusted legal provider to review your options, especially if you have a U.S. citizen spouse, parent, or adult child.`,
    topics: ['daca', 'immigrant-youth'],
    language: 'en',
    audience: 'community',
    publishedOn: '2023-10-04',
    updatedOn: '2024-05-21',
    postedAt: '2023-10-04T17:00:00Z',
    authors: ['Erin Castellanos'],
    supersedes: ['daca-after-the-rescission-2017'],
  },
  {
    slug: 'chart-daca-eligibility-and-evidence',
    type: 'chart',
    title: 'Chart: DACA Eligibility Requirements and Evidence',
    summary:
      'Lists each DACA guideline alongside examples of documents that can prove it, for use at screening clinics.',
    body: `| Requirement | Examples of evidence |
|---|---|
| Arrived before turning 16 | Passport entry stamp, school or medical records, baptism records |
| Born on or after June 16, 1981 (under 31 on June 15, 2012) | Birth certificate, passport |
| Continuous residence since June 15, 2007 | School transcripts, leases, pay stubs, church records |
| Present in the U.S. on June 15, 2012 | Records dated on or near that day |
| In school, graduated, GED, or honorably discharged veteran | Enrollment letter, diploma, GED certificate, DD-214 |
| No felony, significant misdemeanor, or three or more misdemeanors | Court dispositions for every arrest |

## Screening notes

- Brief trips before August 15, 2012 may not break continuous residence.
- Juvenile adjudications are not automatically disqualifying, but they must be reviewed.
- Expunged convictions still need to be disclosed and analyzed.`,
    topics: ['daca'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2023-01-25',
    postedAt: '2023-01-25T17:00:00Z',
    attachments: [{ filename: 'daca-eligibility-chart.pdf', title: 'DACA Eligibility Chart (PDF)' }],
  },
  {
    slug: 'comment-on-proposed-daca-rule-2021',
    type: 'public-comment',
    title: 'Comment on the Proposed Rule to Preserve and Fortify DACA',
    summary:
      'Our November 2021 comment supporting a DACA regulation while urging DHS to expand eligibility dates, restore advance parole, and keep fees affordable.',
    body: `## Our position

We supported putting DACA into regulation to protect it from sudden changes. We also asked DHS to go further.

## Recommendations

1. **Update the dates.** Move the continuous residence and arrival dates forward so that young people who arrived after 2007 can apply.
2. **Drop the age ceiling** tied to June 15, 2012.
3. **Keep work authorization tied to deferred action**, not optional.
4. **Affordable fees**, with fee exemptions for low-income applicants.
5. **Confidentiality.** Information provided in DACA requests should not be used for enforcement.
6. **Criminal bars.** Reconsider bars based on minor misdemeanors, which fall hardest on young people of color.

## Why it matters

Hundreds of thousands of DACA recipients have built careers and families here. A durable rule helps, but only Congress can provide a permanent solution.`,
    topics: ['daca', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2021-11-29',
    postedAt: '2021-11-29T21:00:00Z',
  },
  {
    slug: 'special-immigrant-juvenile-status-practice-overview',
    type: 'practice-advisory',
    title: 'Special Immigrant Juvenile Status: A Practice Overview',
    summary:
      'Walks through the two-step SIJS process under INA § 101(a)(27)(J), from state court findings to Form I-360 and adjustment, including changes made by the 2022 regulations.',
    body: `## The two steps

1. **State court.** A juvenile court must find that the child is dependent on the court or placed in someone's custody; that reunification with one or both parents is not viable due to abuse, neglect, abandonment, or a similar basis under state law; and that returning to the home country is not in the child's best interest.
2. **USCIS.** The child files Form I-360 before turning 21, unmarried, with the court order.

## The 2022 regulations

The rules at 8 C.F.R. § 204.11, effective April 7, 2022, clarified that the court must have a basis in state law for the findings and that the petition may not be denied because USCIS second-guesses the court's reasoning.

## Visa backlogs and deferred action

Because of backlogs, many approved SIJ youth cannot adjust right away. USCIS considers deferred action and work authorization for those waiting.

## Practice tips

- In California, Cal. Code Civ. Proc. § 155 gives courts authority to make the findings.
- Move quickly when a client is close to 18 or 21.
- Screen for other relief, including asylum and U visas.`,
    topics: ['immigrant-youth'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2019-05-14',
    updatedOn: '2022-06-30',
    postedAt: '2019-05-14T17:00:00Z',
    authors: ['Erin Castellanos', 'Tomás Gutiérrez'],
    attachments: [{ filename: 'sijs-practice-overview.pdf', title: 'SIJS Practice Overview (PDF)' }],
  },
  {
    slug: 'sample-proposed-order-sij-findings',
    type: 'sample-form',
    title: 'Sample Proposed Order With Special Immigrant Juvenile Findings',
    summary:
      'A template proposed order for state courts making the findings USCIS requires for Special Immigrant Juvenile Status, with drafting notes.',
    body: `## How to use the template

Adapt the caption and statutory references to the type of proceeding (custody, guardianship, dependency, or delinquency). Each finding must cite the state law on which it rests.

## Findings included

1. The court has jurisdiction over the child under state law.
2. The child is dependent on the court or placed in the custody of a named person or agency.
3. Reunification with one or both parents is not viable due to abuse, neglect, abandonment, or a similar basis, with the facts supporting that conclusion.
4. It is not in the child's best interest to return to the country of nationality, with the facts supporting that conclusion.

## Drafting notes

- Include facts, not just conclusions. USCIS looks for a factual basis in the order or the record.
- Attach or reference the evidence the court relied on.
- Ask the court to make findings as to each parent.`,
    topics: ['immigrant-youth'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2020-02-20',
    updatedOn: '2022-06-30',
    postedAt: '2020-02-20T17:00:00Z',
    attachments: [{ filename: 'sample-sij-order.pdf', title: 'Sample SIJ Order (PDF)' }],
  },
  {
    slug: 'know-your-rights-at-school-immigrant-students',
    type: 'community-resource',
    title: 'Know Your Rights at School: A Guide for Immigrant Students and Families',
    summary:
      'Explains in plain language that every child has the right to a free public education regardless of immigration status, and what schools may and may not ask.',
    body: `## Every child can go to school

The Supreme Court decided in *Plyler v. Doe*, 457 U.S. 202 (1982), that public schools cannot deny children an education because of their immigration status.

## What schools cannot do

- Ask for a student's or parent's immigration status to enroll
- Require a Social Security number
- Share student records with immigration authorities without consent or a court order, except in narrow cases

## What schools may ask for

Proof of age and proof that you live in the district. Many kinds of documents can be used, such as a lease or a utility bill.

## If immigration agents come to school

Students do not have to answer questions about where they were born or their status. Ask to speak to a parent, a trusted adult, or a lawyer.

## Make a plan

Keep emergency contacts up to date with the school and make sure the school knows who may pick up your children.`,
    topics: ['immigrant-youth', 'enforcement'],
    language: 'en',
    audience: 'community',
    publishedOn: '2018-08-21',
    postedAt: '2018-08-21T17:00:00Z',
  },
  {
    slug: 'webinar-screening-immigrant-youth-for-relief',
    type: 'webinar-recording',
    title: 'Webinar Recording: Screening Immigrant Youth for Relief (Beginner)',
    summary:
      'A beginner webinar on interviewing children and young adults and spotting eligibility for SIJS, asylum, U visas, DACA, and derived citizenship.',
    body: `**Level:** Beginner · **Length:** 75 minutes

## Topics

- Trauma-informed interviewing of children and teenagers
- A screening questionnaire, question by question
- Spotting Special Immigrant Juvenile Status, asylum, U and T visas, and DACA
- Checking for citizenship through a parent
- Deadlines that depend on age: 18, 21, and the asylum one-year deadline

## Who should watch

New attorneys, accredited representatives, school social workers, and legal advocates at youth-serving organizations.

## Materials

A screening form and a list of deadlines by age are attached.`,
    topics: ['immigrant-youth', 'daca'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2022-09-15',
    postedAt: '2022-09-15T20:00:00Z',
    authors: ['Erin Castellanos'],
    attachments: [{ filename: 'youth-screening-form.pdf', title: 'Youth Screening Form (PDF)' }],
  },
  {
    slug: 'comment-opposing-flores-replacement-rule',
    type: 'public-comment',
    title: 'Comment Opposing the Proposed Rule to Replace the Flores Settlement',
    summary:
      'Our 2018 comment opposing regulations that would have allowed the government to detain children with their parents indefinitely, in conditions that fall short of the Flores settlement.',
    body: `## Background

Since 1997, the *Flores* settlement has set minimum standards for the detention of immigrant children, including a preference for release and a requirement that children be held in licensed facilities.

## Our objections

1. **Indefinite family detention.** The rule would allow children to be held with their parents for as long as their cases take.
2. **Licensing.** Replacing state licensing with federal self-certification removes independent oversight.
3. **Harm to children.** Pediatric experts agree that even short detention harms children's health and development.
4. **Legal conflict.** The rule does not implement the settlement; it undoes it.

## Recommendation

Withdraw the rule and expand community-based alternatives to detention.`,
    topics: ['immigrant-youth', 'enforcement', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2018-11-06',
    postedAt: '2018-11-06T21:00:00Z',
  },
];
