import type { DemoResource } from './types.ts';

/** Family-based immigration. */
export const familyResources: DemoResource[] = [
  {
    slug: 'keeping-families-together-parole-in-place-faq',
    type: 'faq-explainer',
    title: 'Keeping Families Together: Frequently Asked Questions About Parole in Place',
    summary:
      'Answers common questions about the Parole in Place process for spouses and stepchildren of U.S. citizens announced in June 2024. Update as of August 2024: a federal court has paused approvals.',
    body: `> **Update (August 26, 2024):** A federal court has temporarily paused approvals under this program. USCIS may continue to accept requests. Talk to a trusted legal provider before filing.

## What is Parole in Place?

Parole lets a person who entered without permission stay in the U.S. for a period of time. With parole, many spouses of U.S. citizens can apply for a green card from inside the country instead of leaving and facing the unlawful presence bars.

## Who may qualify?

- Spouses of U.S. citizens who married on or before June 17, 2024
- Who have lived in the U.S. continuously since June 17, 2014
- Who entered without inspection and are not otherwise inadmissible on certain grounds
- Certain stepchildren under 21

## How do I apply?

The request is made online on Form I-131F. The filing fee is $580.

## What if I have a criminal record?

Some convictions disqualify applicants, and others may lead to a denial as a matter of discretion. Have a legal provider review every arrest.`,
    topics: ['family-based-immigration'],
    language: 'en',
    audience: 'community',
    publishedOn: '2024-06-27',
    updatedOn: '2024-08-27',
    postedAt: '2024-06-27T17:00:00Z',
    authors: ['Priya Raman'],
  },
  {
    slug: 'provisional-unlawful-presence-waiver-i-601a-2014',
    type: 'practice-advisory',
    title: 'The Provisional Unlawful Presence Waiver (Form I-601A) for Immediate Relatives',
    summary:
      'Explains the 2013 provisional waiver process for immediate relatives of U.S. citizens who must consular process. Superseded by our 2016 advisory after the program was expanded.',
    body: `> **Superseded.** In 2016 DHS expanded the provisional waiver to every category of immigrant visa. See our 2016 advisory for current eligibility rules.

## The problem the waiver solves

A person who accrued more than 180 days of unlawful presence and then departs faces the three- or ten-year bar at INA § 212(a)(9)(B)(i). Before 2013, relatives had to leave the U.S. and wait abroad, often for many months, for a decision on a waiver.

## The provisional process

Form I-601A lets an immediate relative of a U.S. citizen ask USCIS to decide the unlawful presence waiver before leaving for the consular interview. Extreme hardship to a U.S. citizen spouse or parent must be shown.

## Who was eligible in 2014

- Immediate relatives of U.S. citizens, with an approved Form I-130
- Physically present in the U.S. and at least 17 years old
- Not in removal proceedings, unless administratively closed
- Inadmissible only for unlawful presence

## Risk screening

The waiver does not cover other grounds. Screen for fraud, prior removals, and the permanent bar at INA § 212(a)(9)(C) before filing.`,
    topics: ['family-based-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2014-02-11',
    postedAt: '2014-02-11T18:00:00Z',
    authors: ['Hannah Lindqvist'],
  },
  {
    slug: 'provisional-waiver-i-601a-expansion-2016',
    type: 'practice-advisory',
    title: 'The Expanded Provisional Waiver: Form I-601A After the 2016 Rule',
    summary:
      'Explains the 2016 rule that opened Form I-601A provisional waivers to all statutorily eligible immigrant visa applicants, including preference categories and diversity visa selectees.',
    body: `## What changed in 2016

The final rule effective August 29, 2016 opened the provisional waiver to anyone eligible for an immigrant visa who is inadmissible only for unlawful presence. Qualifying relatives now include permanent resident spouses and parents as well as citizens. See 8 C.F.R. § 212.7(e).

## Key eligibility points

- An approved immigrant visa petition and a paid visa processing fee
- Extreme hardship to a U.S. citizen or permanent resident spouse or parent
- Applicants with a final removal order must first obtain consent to reapply on Form I-212
- People in proceedings must have their case administratively closed or terminated

## Proving extreme hardship

Address health, finances, education, family ties, and conditions in the country of return, both if the relative relocates and if the family separates. Present the evidence as a whole; hardship is cumulative.

## After approval

The waiver takes effect only when the consular officer finds no other ground of inadmissibility. Prepare clients for the interview and review every prior entry and arrest.`,
    topics: ['family-based-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2016-09-07',
    updatedOn: '2022-05-10',
    postedAt: '2016-09-07T17:00:00Z',
    authors: ['Hannah Lindqvist'],
    supersedes: ['provisional-unlawful-presence-waiver-i-601a-2014'],
    attachments: [{ filename: 'i-601a-expansion-advisory.pdf', title: 'Expanded Provisional Waiver Advisory (PDF)' }],
  },
  {
    slug: 'affidavit-of-support-i-864-explainer',
    type: 'faq-explainer',
    title: 'Understanding the Affidavit of Support (Form I-864)',
    summary:
      'Explains who must file an affidavit of support, the income requirement, joint sponsors, and how the sponsor’s obligation relates to the public charge test.',
    body: `## Why it is required

Most family-based immigrants must have a sponsor file Form I-864 under INA § 213A. The sponsor promises to keep the immigrant's income at or above 125 percent of the federal poverty guidelines.

## Who counts toward income

- The petitioner's own income and assets
- Household members who sign Form I-864A
- A joint sponsor, if the petitioner's income is not enough

## How long it lasts

The obligation ends when the immigrant becomes a citizen, is credited with 40 quarters of work, leaves the U.S. permanently, or dies. Divorce does not end it.

## Relationship to public charge

A sufficient affidavit of support is one factor in the public charge determination. It does not by itself guarantee approval, but a missing or weak one can lead to denial.

## Common mistakes

- Using gross income from the wrong tax year
- Forgetting to count household size correctly
- Joint sponsors who are not citizens, permanent residents, or U.S. nationals`,
    topics: ['family-based-immigration', 'public-charge'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2019-03-19',
    postedAt: '2019-03-19T17:00:00Z',
  },
  {
    slug: 'chart-family-preference-categories',
    type: 'chart',
    title: 'Family-Based Immigration Categories at a Glance',
    summary:
      'A one-page chart of immediate relative and family preference categories under INA §§ 201 and 203, with who can petition and what to watch for.',
    body: `## Immediate relatives (no annual limit)

Spouses of U.S. citizens, unmarried children under 21 of U.S. citizens, and parents of U.S. citizens who are at least 21. See INA § 201(b)(2)(A)(i).

## Preference categories (annual limits, waiting lines)

| Category | Who | Petitioner |
|---|---|---|
| F1 | Unmarried sons and daughters, 21 or older | U.S. citizen |
| F2A | Spouses and unmarried children under 21 | Permanent resident |
| F2B | Unmarried sons and daughters, 21 or older | Permanent resident |
| F3 | Married sons and daughters | U.S. citizen |
| F4 | Brothers and sisters | U.S. citizen, 21 or older |

## Things that change a category

- Marriage of the beneficiary (F2B cannot marry; F1 becomes F3)
- Naturalization of a permanent resident petitioner (F2A becomes immediate relative)
- A child turning 21 (consider the Child Status Protection Act)

Check the Visa Bulletin each month for priority date movement.`,
    topics: ['family-based-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2022-02-08',
    postedAt: '2022-02-08T17:00:00Z',
    attachments: [{ filename: 'family-categories-chart.pdf', title: 'Family Categories Chart (PDF)' }],
  },
  {
    slug: 'sample-cover-letter-form-i-130',
    type: 'sample-form',
    title: 'Sample Cover Letter for a Form I-130 Petition',
    summary:
      'A sample cover letter and exhibit list for a spousal Form I-130 filing, with notes on evidence of a bona fide marriage.',
    body: `## Why a cover letter helps

A clear cover letter tells the officer what is enclosed and where to find it. It reduces requests for evidence and makes the file easier to review.

## Sample structure

1. Heading with the petitioner's and beneficiary's names and dates of birth
2. Statement of the relationship and the category sought
3. List of forms enclosed (Form I-130, Form I-130A, Form G-28) and the fee
4. Exhibit list, tabbed:
   - Proof of the petitioner's citizenship or permanent residence
   - Marriage certificate and proof that prior marriages ended
   - Evidence of a genuine marriage: joint lease, bank statements, insurance, photographs, children's birth certificates
5. Signature block and contact information

## Notes

Keep the letter short and factual. Do not argue the case in the cover letter; save legal argument for a separate brief if one is needed.`,
    topics: ['family-based-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2021-07-13',
    postedAt: '2021-07-13T17:00:00Z',
    attachments: [{ filename: 'sample-i-130-cover-letter.pdf', title: 'Sample I-130 Cover Letter (PDF)' }],
  },
  {
    slug: 'webinar-consular-processing-and-unlawful-presence',
    type: 'webinar-recording',
    title: 'Webinar Recording: Consular Processing and the Unlawful Presence Bars (Intermediate)',
    summary:
      'An intermediate-level training on counting unlawful presence, avoiding the permanent bar, and preparing clients for the consular interview.',
    body: `**Level:** Intermediate · **Length:** 2 hours

## Topics

- Counting unlawful presence and the exceptions for minors and pending applications
- The three- and ten-year bars at INA § 212(a)(9)(B) and the permanent bar at § 212(a)(9)(C)
- When Form I-601A is available and when Form I-601 must be filed abroad
- The National Visa Center process and civil documents
- Preparing clients for the medical exam and interview

## Who should attend

Practitioners already filing family petitions who want to handle consular cases with confidence.

## Materials

Slides, a timeline worksheet, and a sample hardship declaration outline are attached.`,
    topics: ['family-based-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2020-10-14',
    postedAt: '2020-10-14T20:00:00Z',
    authors: ['Hannah Lindqvist', 'Priya Raman'],
    attachments: [{ filename: 'consular-processing-slides.pdf', title: 'Webinar Slides (PDF)' }],
  },
  {
    slug: 'can-my-family-member-petition-for-me',
    type: 'community-resource',
    title: 'Can My Family Member Petition for Me? A Community Guide',
    summary:
      'A plain-language guide to which relatives can help someone get a green card, how long it may take, and how to avoid fraud.',
    body: `## Who can petition?

A **U.S. citizen** can petition for a husband or wife, children, parents (if the citizen is 21 or older), and brothers and sisters (if the citizen is 21 or older).

A **permanent resident** (green card holder) can petition for a husband or wife and unmarried children.

## How long does it take?

Husbands, wives, unmarried children under 21, and parents of citizens do not wait in line for a visa. Other relatives may wait years, sometimes many years.

## Can I get my green card without leaving the U.S.?

It depends on how you entered and your history. Some people can apply here; others must go to an interview in their home country and may need a waiver first. Leaving the U.S. can trigger penalties, so get advice **before** you travel.

## Protect yourself

- Only attorneys and accredited representatives can give legal advice.
- A "notario" cannot help you with immigration papers.
- Never sign a form that is blank or that you do not understand.`,
    topics: ['family-based-immigration'],
    language: 'en',
    audience: 'community',
    publishedOn: '2018-10-02',
    updatedOn: '2023-04-11',
    postedAt: '2018-10-02T17:00:00Z',
  },
];
