import type { DemoResource } from './types.ts';

/** Citizenship, naturalization, and civic participation. */
export const citizenshipResources: DemoResource[] = [
  {
    slug: 'good-moral-character-naturalization',
    type: 'practice-advisory',
    title: 'Good Moral Character in Naturalization Cases',
    summary:
      'Explains the permanent and conditional bars to good moral character under INA § 101(f) and 8 C.F.R. § 316.10, and how to screen naturalization applicants with arrests, tax issues, or false claims.',
    body: `## The statutory period

Applicants must show good moral character for the five years before filing (three years for spouses of U.S. citizens) and up to the oath. See INA § 316(a), 8 U.S.C. § 1427(a). USCIS may also consider conduct from earlier years.

## Permanent bars

- A murder conviction
- An aggravated felony conviction entered on or after November 29, 1990

## Conditional bars during the period

- Certain controlled substance offenses, two or more gambling offenses, habitual drunkenness
- Confinement for 180 days or more
- False testimony to obtain an immigration benefit

## The catch-all

Even without a listed bar, USCIS may find a lack of good moral character for unlawful acts, failure to pay child support, or failure to file taxes.

## Screening red flags

- Any arrest, even without charges
- A false claim to U.S. citizenship, including on an employment form or voter registration
- Deportability: a naturalization filing can lead to removal proceedings.`,
    topics: ['citizenship-and-naturalization', 'crimes-and-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2016-07-19',
    updatedOn: '2020-11-03',
    postedAt: '2016-07-19T17:00:00Z',
    authors: ['Tomás Gutiérrez'],
    projects: ['new-americans-campaign'],
  },
  {
    slug: 'naturalization-fee-waivers-and-reduced-fees',
    type: 'faq-explainer',
    title: 'Naturalization Fee Waivers and Reduced Fees (Form I-912)',
    summary:
      'Explains who qualifies for a full fee waiver or a reduced naturalization fee under the USCIS fee schedule that took effect April 1, 2024.',
    body: `> **Update as of April 2024:** The new USCIS fee rule changed the naturalization fee and expanded the reduced fee. This page reflects those changes.

## Current fees

The Form N-400 fee is $760 for paper filing and $710 online. There is no separate biometrics fee.

## Full fee waiver (Form I-912)

An applicant may qualify by showing one of:

- receipt of a means-tested benefit, such as Medicaid or SNAP;
- household income at or below 150 percent of the federal poverty guidelines;
- financial hardship, such as medical bills or loss of work.

## Reduced fee

Applicants with household income at or below 400 percent of the poverty guidelines may pay a reduced fee of $380.

## Tips

- Submit benefit letters dated within the last year.
- Using a fee waiver is not a public charge factor in naturalization.
- Military applicants may pay no fee at all.`,
    topics: ['citizenship-and-naturalization'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2020-01-28',
    updatedOn: '2024-04-02',
    postedAt: '2020-01-28T17:00:00Z',
    projects: ['new-americans-campaign'],
  },
  {
    slug: 'citizenship-workshop-toolkit',
    type: 'toolkit-report',
    title: 'Running a Large-Scale Citizenship Workshop: A Toolkit',
    summary:
      'A step-by-step toolkit for planning, staffing, and running citizenship application workshops with attorney oversight, from outreach to quality review.',
    body: `## Why workshops work

A well-run workshop can help dozens of applicants in a day while keeping legal quality high. Volunteers do the form work; attorneys and accredited representatives review every case.

## Planning (8 to 12 weeks out)

- Secure a site with space for screening, form completion, and review stations
- Recruit volunteers and schedule training
- Partner with trusted community groups for outreach

## The workshop flow

1. **Welcome and eligibility screening**, including red flags for legal review
2. **Form completion** with trained volunteers
3. **Legal review** by an attorney or accredited representative
4. **Fee waiver or reduced fee** preparation
5. **Final quality check** and mailing or online filing

## After the workshop

Track filings, follow up on requests for evidence, and invite applicants to interview preparation sessions. Refer complex cases for full representation.`,
    topics: ['citizenship-and-naturalization', 'civic-participation'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2015-04-22',
    updatedOn: '2019-08-13',
    postedAt: '2015-04-22T17:00:00Z',
    authors: ['Grace Nakamura'],
    attachments: [{ filename: 'citizenship-workshop-toolkit.pdf', title: 'Workshop Toolkit (PDF)' }],
    projects: ['new-americans-campaign'],
  },
  {
    slug: 'are-you-ready-to-become-a-citizen',
    type: 'community-resource',
    title: 'Are You Ready to Become a U.S. Citizen? A Checklist',
    summary:
      'A simple checklist to help permanent residents see whether they may be ready to apply for citizenship and when to talk to a legal provider first.',
    body: `## You may be ready if:

- You have had your green card for **5 years**, or **3 years** if you have been married to and living with a U.S. citizen during that time
- You have lived in the U.S. for at least half of that time
- You have not taken trips of six months or longer, or you can explain them
- You can read, write, and speak basic English, or you qualify for an exception based on age and years as a resident
- You are ready to learn about U.S. history and government

## Talk to a legal provider first if:

- You have **ever** been arrested, even if the case was dismissed
- You ever said you were a U.S. citizen when you were not, or registered to vote
- You owe taxes or did not file taxes
- You have been outside the U.S. for a long time

## The cost

The application fee may be waived or reduced if your income is low or you receive certain benefits. Ask about it.`,
    topics: ['citizenship-and-naturalization'],
    language: 'en',
    audience: 'community',
    publishedOn: '2019-09-17',
    updatedOn: '2024-04-02',
    postedAt: '2019-09-17T17:00:00Z',
    projects: ['new-americans-campaign'],
  },
  {
    slug: 'chart-derivation-of-citizenship',
    type: 'chart',
    title: 'Chart: Derivation of Citizenship for Children of Naturalized Parents',
    summary:
      'Shows which law governs whether a child became a citizen automatically when a parent naturalized, depending on the date the last condition was met.',
    body: `## Why dates matter

Derivation is governed by the law in effect when the last required condition was satisfied. Many people are already citizens and do not know it.

| Last condition met | Governing law | Key requirements |
|---|---|---|
| On or after February 27, 2001 | INA § 320 (Child Citizenship Act) | One citizen parent; child under 18; permanent resident; in the legal and physical custody of the citizen parent |
| Before February 27, 2001 | Former INA § 321 | Generally both parents naturalized (or the custodial parent after a legal separation); child under 18 and a permanent resident |
| Earlier periods | Prior statutes | Varying age and residence rules; consult the statute for the date |

## Practice notes

- Children born outside marriage face special rules under the older law.
- Proof is filed on Form N-600 or by applying for a U.S. passport.
- A person who derived citizenship cannot be deported; screen every permanent resident client.`,
    topics: ['citizenship-and-naturalization'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2018-01-16',
    postedAt: '2018-01-16T17:00:00Z',
    attachments: [{ filename: 'derivation-chart.pdf', title: 'Derivation Chart (PDF)' }],
  },
  {
    slug: 'sample-n-648-medical-certification-checklist',
    type: 'sample-form',
    title: 'Sample Checklist for Form N-648 Medical Certification',
    summary:
      'A checklist for attorneys and medical professionals preparing Form N-648 so applicants with disabilities can be excused from the English and civics tests.',
    body: `## Purpose

Form N-648 lets an applicant with a physical or developmental disability or mental impairment be excused from the English and civics requirements. Many requests are rejected for avoidable reasons.

## Checklist for the medical professional

- [ ] Licensed medical doctor, doctor of osteopathy, or clinical psychologist
- [ ] Diagnosis stated clearly, with the date it was made
- [ ] Explanation of how the condition affects the ability to learn or show knowledge of English and civics
- [ ] Condition has lasted, or is expected to last, at least 12 months
- [ ] Condition is not caused by illegal drug use
- [ ] Plain language; avoid unexplained medical abbreviations

## Checklist for the attorney

- [ ] Form is the current edition and signed
- [ ] Supporting medical records attached
- [ ] Applicant prepared to discuss the condition at the interview
- [ ] Interpreter arranged if the applicant needs one`,
    topics: ['citizenship-and-naturalization'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2017-11-07',
    postedAt: '2017-11-07T17:00:00Z',
  },
  {
    slug: 'webinar-preparing-clients-naturalization-interview',
    type: 'webinar-recording',
    title: 'Webinar Recording: Preparing Clients for the Naturalization Interview (Beginner)',
    summary:
      'A beginner webinar on what happens at the naturalization interview, the updated civics test, and how to prepare clients with red flags.',
    body: `**Level:** Beginner · **Length:** 60 minutes

## Topics

- What to bring and what happens from check-in to the oath
- Reviewing the Form N-400 line by line with the client
- The English reading, writing, and speaking test and the civics test
- Handling questions about arrests, travel, and taxes
- What to do after a continuance or a request for evidence

## Who should watch

Staff and volunteers at citizenship programs, and attorneys new to naturalization.

## Materials

A mock interview script and a client preparation handout are attached.`,
    topics: ['citizenship-and-naturalization'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2023-06-08',
    postedAt: '2023-06-08T20:00:00Z',
    authors: ['Grace Nakamura', 'Tomás Gutiérrez'],
    attachments: [{ filename: 'mock-interview-script.pdf', title: 'Mock Interview Script (PDF)' }],
    projects: ['new-americans-campaign'],
  },
  {
    slug: 'naturalization-and-civic-participation-analysis',
    type: 'policy-analysis',
    title: 'Eligible but Not Yet Citizens: Naturalization and Civic Participation',
    summary:
      'Analyzes why millions of permanent residents eligible to naturalize have not applied, and how fee relief and community outreach increase both naturalization and civic participation.',
    body: `## The gap

A large share of permanent residents are already eligible to naturalize. Surveys point to the same barriers again and again: cost, fear of the English test, confusion about eligibility, and worry about past problems.

## What the evidence shows

- **Fees matter.** Applications rise when fee waivers and reduced fees are widely known.
- **Trusted messengers matter.** Outreach by community groups, unions, and congregations reaches people that official notices do not.
- **Citizenship pays off.** Naturalized citizens tend to earn more, and they gain the right to vote and to petition for more relatives.

## Recommendations

1. Keep naturalization fees affordable and protect fee waivers.
2. Fund community-based application assistance.
3. Partner with election officials to offer voter registration at oath ceremonies.
4. Reduce processing times and backlogs.`,
    topics: ['civic-participation', 'citizenship-and-naturalization', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2016-09-27',
    postedAt: '2016-09-27T17:00:00Z',
    projects: ['new-americans-campaign'],
  },
  {
    slug: 'registering-to-vote-as-a-new-citizen',
    type: 'community-resource',
    title: 'Registering to Vote as a New Citizen',
    summary:
      'A short guide for newly naturalized citizens on when and how to register to vote, and a warning for non-citizens about the serious consequences of registering or voting.',
    body: `## Congratulations, you can vote!

Once you take the oath of allegiance, you are a U.S. citizen and can register to vote.

## How to register

- At many oath ceremonies, volunteers help you register on the spot
- Online, on your state's election website
- By mail or at your county elections office

You may need your naturalization certificate number or driver's license number.

## Important for people who are not yet citizens

Do **not** register or vote until after you take the oath, even if someone tells you it is allowed. Registering or voting as a non-citizen can be a crime and can make you deportable and permanently unable to become a citizen. If you registered by mistake, for example at the DMV, talk to a legal provider before applying for citizenship.

## Get involved

Voting is one way to take part. You can also attend local meetings, join community groups, and speak up about issues that matter to your family.`,
    topics: ['civic-participation', 'citizenship-and-naturalization'],
    language: 'en',
    audience: 'community',
    publishedOn: '2020-02-04',
    postedAt: '2020-02-04T17:00:00Z',
  },
  {
    slug: 'sign-on-letter-opposing-naturalization-fee-increases',
    type: 'public-comment',
    title: 'Sign-on Letter Opposing Naturalization Fee Increases',
    summary:
      'A coalition letter responding to the January 2023 USCIS fee proposal, urging the agency to keep naturalization affordable and expand the reduced fee.',
    body: `## Summary

More than a hundred organizations joined this letter responding to the proposed USCIS fee schedule.

## Our requests

1. **Hold the naturalization fee down.** Citizenship should not be priced out of reach for working families.
2. **Expand the reduced fee** to households earning up to 400 percent of the federal poverty guidelines.
3. **Protect fee waivers**, including eligibility based on receipt of means-tested benefits.
4. **Fund USCIS fairly.** Congress and the agency should not place the cost of unrelated programs on applicants.

## Outcome

The final rule, effective April 1, 2024, expanded the reduced fee to households earning up to 400 percent of the poverty guidelines, one of the coalition's central requests, and added a lower fee for online filing.`,
    topics: ['citizenship-and-naturalization', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2023-03-10',
    updatedOn: '2024-02-01',
    postedAt: '2023-03-10T21:00:00Z',
    projects: ['new-americans-campaign'],
  },
];
