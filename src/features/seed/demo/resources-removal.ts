import type { DemoResource } from './types.ts';

/** Public charge and removal defense. */
export const removalResources: DemoResource[] = [
  {
    slug: 'public-charge-2022-rule-what-families-should-know',
    type: 'faq-explainer',
    title: 'Public Charge: What Immigrant Families Should Know About the 2022 Rule',
    summary:
      'Explains in plain language which public benefits count in a public charge decision under the rule in effect since December 23, 2022, and which do not.',
    body: `## What is "public charge"?

When some people apply for a green card, the government asks whether they are likely to depend mainly on the government for support in the future. This is called the public charge test.

## Which benefits count?

Only these:

- Supplemental Security Income (SSI)
- Cash assistance under TANF
- State or local cash assistance programs
- Long-term care in an institution paid for by the government

## Which benefits do NOT count?

Medi-Cal and other Medicaid (except long-term institutional care), CHIP, SNAP or CalFresh, WIC, housing assistance, school meals, disaster relief, and COVID-19 testing and treatment, among others.

## Who does the test not apply to?

Refugees, asylees, U and T visa applicants, VAWA self-petitioners, Special Immigrant Juveniles, and several other groups. It does not apply when a green card holder applies to become a citizen.

## Benefits used by family members

Benefits your children or other relatives receive are not counted against you.`,
    topics: ['public-charge', 'family-based-immigration'],
    language: 'en',
    audience: 'community',
    publishedOn: '2022-09-13',
    updatedOn: '2023-01-10',
    postedAt: '2022-09-13T17:00:00Z',
    authors: ['Erin Castellanos'],
  },
  {
    slug: 'comment-opposing-2018-public-charge-proposal',
    type: 'public-comment',
    title: 'Comment Opposing the Proposed Public Charge Rule',
    summary:
      'Our December 2018 comment opposing the proposed rule that would have counted health, nutrition, and housing benefits against immigrants seeking green cards.',
    body: `## The proposal

DHS proposed to add Medicaid, SNAP, and housing assistance to the benefits considered in the public charge test, and to weigh income, age, English ability, and health in new ways.

## Our objections

1. **It punishes work.** Many working families use nutrition and health benefits to fill gaps; the rule would treat them as a burden.
2. **Chilling effect.** Families, including U.S. citizen children, would drop out of benefits they are entitled to.
3. **Contrary to the statute.** For over a century, "public charge" meant primary dependence on the government for subsistence.
4. **Discrimination.** The new factors fall hardest on people from poorer countries and people with disabilities.

## Outcome

A final version took effect in February 2020, was later vacated, and was replaced by the 2022 rule, which restored the narrower approach.`,
    topics: ['public-charge', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2018-12-10',
    postedAt: '2018-12-10T21:00:00Z',
  },
  {
    slug: 'chilling-effect-of-the-public-charge-rule',
    type: 'policy-analysis',
    title: 'The Chilling Effect: How the 2019 Public Charge Rule Drove Families Away From Help',
    summary:
      'Reviews evidence that the 2019 public charge rule led eligible immigrant families, including U.S. citizen children, to give up health and nutrition benefits, and recommends steps to rebuild trust.',
    body: `## The problem

The 2019 rule applied only to a narrow group of green card applicants. Yet surveys and enrollment data show that many families who were never subject to the test dropped benefits out of fear.

## Evidence

- Declines in Medicaid and SNAP participation among children in immigrant families
- Reports from clinics and food banks of families refusing services
- Widespread confusion about who the rule applies to

## Why it matters

Children lose access to care and food during critical years. Public health suffers, especially during an emergency.

## Recommendations

1. Restore the historical definition of public charge by regulation.
2. Fund trusted community messengers to explain the rules.
3. Train benefits agencies and clinics to give accurate information.
4. Keep benefits data confidential from immigration enforcement.`,
    topics: ['public-charge', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2020-09-22',
    postedAt: '2020-09-22T17:00:00Z',
  },
  {
    slug: 'cancellation-of-removal-non-permanent-residents',
    type: 'practice-advisory',
    title: 'Cancellation of Removal for Non-Permanent Residents',
    summary:
      'Explains eligibility for cancellation under INA § 240A(b)(1), the stop-time rule after Pereira v. Sessions and Niz-Chavez v. Garland, and proving exceptional and extremely unusual hardship.',
    body: `## The elements

The applicant must show (1) ten years of continuous physical presence; (2) good moral character during that period; (3) no disqualifying convictions; and (4) exceptional and extremely unusual hardship to a U.S. citizen or permanent resident spouse, parent, or child.

## The stop-time rule

Service of a Notice to Appear ends the period of continuous presence. In *Pereira v. Sessions*, 585 U.S. 198 (2018), the Supreme Court held that a notice without the time and place of the hearing does not stop time. In *Niz-Chavez v. Garland*, 593 U.S. 155 (2021), it held that the required information must be in a single document.

## Hardship

The standard is high. Consider health, education, finances, and country conditions for the qualifying relatives. In *Wilkinson v. Garland*, 601 U.S. 209 (2024), the Court held that the hardship determination is reviewable by courts of appeals.

## The annual cap

Only 4,000 grants are available each year, so judges may reserve decisions.`,
    topics: ['removal-defense'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2016-11-15',
    updatedOn: '2024-04-09',
    postedAt: '2016-11-15T17:00:00Z',
    authors: ['Samuel Oduya'],
    attachments: [{ filename: 'non-lpr-cancellation-advisory.pdf', title: 'Non-LPR Cancellation Advisory (PDF)' }],
  },
  {
    slug: 'motions-to-reopen-before-the-immigration-court',
    type: 'practice-advisory',
    title: 'Motions to Reopen Before the Immigration Court Under 8 C.F.R. § 1003.23',
    summary:
      'Covers time and number limits on motions to reopen, exceptions, sua sponte reopening, and motions based on vacated convictions or ineffective assistance of counsel.',
    body: `## Basic limits

A motion to reopen before the immigration judge must generally be filed within 90 days of the final order, and only one is allowed. See INA § 240(c)(7), 8 U.S.C. § 1229a(c)(7), and 8 C.F.R. § 1003.23(b).

## Exceptions

- **In absentia orders**: within 180 days for exceptional circumstances, or at any time for lack of notice
- **Changed country conditions** for asylum claims
- **Joint motions** with DHS
- **Equitable tolling** where the person acted with diligence

## Vacated convictions

When a conviction underlying a removal order is vacated for a legal defect, a motion to reopen may be filed. Move quickly after the vacatur to show diligence.

## Ineffective assistance of counsel

Follow the requirements of *Matter of Lozada*, 19 I&N Dec. 637 (BIA 1988): a declaration, notice to prior counsel, and a bar complaint or explanation why none was filed.

## Filing tips

Attach the application for relief, evidence of prima facie eligibility, and a request for a stay of removal if needed.`,
    topics: ['removal-defense', 'post-conviction-relief'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2019-08-06',
    postedAt: '2019-08-06T17:00:00Z',
    authors: ['Grace Nakamura'],
  },
  {
    slug: 'webinar-bond-hearings-in-immigration-court',
    type: 'webinar-recording',
    title: 'Webinar Recording: Bond Hearings in Immigration Court (Intermediate)',
    summary:
      'An intermediate webinar on custody redetermination under INA § 236(a): who is eligible, the Matter of Guerra factors, and building a winning bond packet.',
    body: `**Level:** Intermediate · **Length:** 90 minutes

## Topics

- Who is eligible for a bond hearing, and mandatory detention under INA § 236(c)
- Burden of proof and the factors in *Matter of Guerra*, 24 I&N Dec. 37 (BIA 2006)
- Danger and flight risk: addressing criminal history
- Building the bond packet: sponsors, letters, proof of address and community ties
- Appeals to the Board and habeas corpus in federal court after *Jennings v. Rodriguez*, 583 U.S. 281 (2018)

## Who should watch

Attorneys and accredited representatives handling detained cases.

## Materials

A bond packet checklist and sample sponsor letter are attached.`,
    topics: ['removal-defense', 'enforcement'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2023-02-23',
    postedAt: '2023-02-23T20:00:00Z',
    authors: ['Samuel Oduya', 'Grace Nakamura'],
    attachments: [{ filename: 'bond-packet-checklist.pdf', title: 'Bond Packet Checklist (PDF)' }],
  },
];
