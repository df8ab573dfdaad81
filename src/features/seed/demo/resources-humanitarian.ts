import type { DemoResource } from './types.ts';

/** U visas, T visas, VAWA, asylum, and TPS. */
export const humanitarianResources: DemoResource[] = [
  {
    slug: 'u-visa-law-enforcement-certification-strategies',
    type: 'practice-advisory',
    title: 'U Visa Law Enforcement Certification: Strategies for Getting Form I-918 Supplement B Signed',
    summary:
      'Practical strategies for requesting U visa certifications from police, prosecutors, and judges, including California’s certification law, Cal. Penal Code § 679.10.',
    body: `## Why certification matters

A U visa petition under INA § 101(a)(15)(U) cannot be approved without a certification (Form I-918, Supplement B) that the survivor was helpful in the detection, investigation, or prosecution of qualifying criminal activity. See 8 C.F.R. § 214.14.

## Who can certify

Police, prosecutors, judges, child protective services, labor agencies, and other authorities that investigate or prosecute crime.

## California law

Cal. Penal Code § 679.10 requires certifying agencies to respond within 90 days, or 30 days if the person is in removal proceedings, and presumes helpfulness absent contrary evidence.

## Strategies

- Send a concise request with the police report number and the survivor's account of helpfulness.
- Ask for the agency's written certification policy.
- If denied, ask the prosecutor's office or the court that heard the case.
- Helpfulness can be past, present, or likely; no conviction is required.

## After certification

The Supplement B must be signed within six months before filing Form I-918.`,
    topics: ['u-visa-t-visa-vawa'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2015-10-20',
    updatedOn: '2022-03-08',
    postedAt: '2015-10-20T17:00:00Z',
    authors: ['Priya Raman'],
  },
  {
    slug: 'chart-u-visa-process-and-work-authorization',
    type: 'chart',
    title: 'Chart: Stages of a U Visa Case and When Work Authorization Is Available',
    summary:
      'A flow chart of the U visa process from certification to the green card, showing the bona fide determination stage and the waiting list.',
    body: `| Stage | What happens | Work authorization? |
|---|---|---|
| 1. Certification | Agency signs Form I-918, Supplement B | No |
| 2. Filing | Form I-918 (and Form I-192 waiver if needed) filed | No |
| 3. Bona fide determination | USCIS reviews for a bona fide petition (since June 2021) | Yes, with deferred action |
| 4. Waiting list | Eligible but no visa available under the 10,000 cap | Yes, with deferred action |
| 5. U nonimmigrant status | Four years of status | Yes, incident to status |
| 6. Adjustment | Form I-485 after three years of continuous presence in U status | Yes |

## Notes

- Qualifying family members file Form I-918, Supplement A.
- Travel outside the U.S. during the process can be risky; consult counsel.
- Processing times are long; screen for other relief in the meantime.`,
    topics: ['u-visa-t-visa-vawa'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2022-01-18',
    postedAt: '2022-01-18T17:00:00Z',
    attachments: [{ filename: 'u-visa-stages-chart.pdf', title: 'U Visa Stages Chart (PDF)' }],
  },
  {
    slug: 't-visas-for-trafficking-survivors-overview',
    type: 'faq-explainer',
    title: 'T Visas for Survivors of Human Trafficking: Frequently Asked Questions',
    summary:
      'Answers practitioners’ common questions about T nonimmigrant status under INA § 101(a)(15)(T), including the changes made by the 2024 final rule.',
    body: `> **Update as of September 2024:** The T visa regulations that took effect August 28, 2024 are reflected below.

## Who qualifies?

A person who is or was a victim of a severe form of trafficking, is present in the U.S. on account of trafficking, has complied with reasonable requests from law enforcement (unless an exception applies), and would suffer extreme hardship involving unusual and severe harm if removed.

## Is law enforcement certification required?

No. A declaration from a law enforcement agency can help, but it is not required. Survivors under 18 and those unable to cooperate because of trauma are exempt from the cooperation requirement.

## What form is used?

Form I-914. Family members may be included on Supplement A. There is no filing fee.

## Is there a cap?

Yes, 5,000 a year for principal applicants, but the cap has never been reached.

## What changed in 2024?

The new rule clarified several eligibility requirements, including what it means to be present "on account of" trafficking, and set out the bona fide determination process in the regulations.`,
    topics: ['u-visa-t-visa-vawa'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2020-06-30',
    updatedOn: '2024-09-05',
    postedAt: '2020-06-30T17:00:00Z',
    authors: ['Priya Raman'],
  },
  {
    slug: 'sample-vawa-self-petition-declaration-outline',
    type: 'sample-form',
    title: 'Sample Declaration Outline for a VAWA Self-Petition',
    summary:
      'An outline for drafting a survivor’s declaration supporting a VAWA self-petition on Form I-360, organized around each eligibility element.',
    body: `## Purpose

A VAWA self-petitioner under INA § 204(a)(1)(A)(iii) must prove each element, often mainly through a personal declaration. See 8 C.F.R. § 204.2(c).

## Outline

1. **Introduction.** Name, date and place of birth, current residence.
2. **The relationship.** How the petitioner met the abuser; proof that the marriage was entered in good faith.
3. **The abuser's status.** U.S. citizen or permanent resident.
4. **Shared residence.** Where and when they lived together.
5. **Battery or extreme cruelty.** Specific incidents with approximate dates; patterns of control, isolation, threats, and economic abuse.
6. **Good moral character.** Community involvement, work, family responsibilities.
7. **Conclusion.** Current situation and safety.

## Drafting notes

Use the survivor's own words. Trauma can affect memory of dates; explain gaps rather than guess. Prioritize safety when gathering evidence.`,
    topics: ['u-visa-t-visa-vawa', 'family-based-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2018-04-10',
    postedAt: '2018-04-10T17:00:00Z',
    attachments: [{ filename: 'vawa-declaration-outline.pdf', title: 'VAWA Declaration Outline (PDF)' }],
  },
  {
    slug: 'asylum-one-year-filing-deadline-exceptions',
    type: 'practice-advisory',
    title: 'Exceptions to the One-Year Asylum Filing Deadline',
    summary:
      'Explains the changed and extraordinary circumstances exceptions to the one-year deadline at INA § 208(a)(2)(B) and (D), and how to document them.',
    body: `## The rule

An asylum application must generally be filed within one year of the applicant's last arrival. Withholding of removal and protection under the Convention Against Torture have no deadline, but offer less.

## Exceptions

Under INA § 208(a)(2)(D) and 8 C.F.R. § 1208.4(a)(4)-(5), a late application can be accepted because of:

- **Changed circumstances** that materially affect eligibility, such as new conditions in the home country or changes in the applicant's own situation;
- **Extraordinary circumstances** related to the delay, such as serious illness, trauma, legal disability (including being an unaccompanied minor), or ineffective assistance of counsel.

The application must be filed within a reasonable period after the circumstance.

## Documentation

- Medical or psychological evaluations
- Country conditions evidence with dates
- Declarations explaining the timeline

## Class settlements

Some applicants who were never told about the deadline may benefit from nationwide class action settlements. Check eligibility.`,
    topics: ['asylum', 'removal-defense'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2018-02-27',
    updatedOn: '2021-01-12',
    postedAt: '2018-02-27T17:00:00Z',
    authors: ['Samuel Oduya'],
  },
  {
    slug: 'asylum-basic-information',
    type: 'community-resource',
    title: 'Asylum: Basic Information for People Who Fear Returning Home',
    summary:
      'A plain-language introduction to asylum: who may qualify, the one-year deadline, and how to find safe legal help.',
    body: `## What is asylum?

Asylum is protection for people who fear harm in their home country because of their race, religion, nationality, political opinion, or membership in a particular social group.

## Important deadline

In most cases, you must apply **within one year** of arriving in the U.S. There are some exceptions, but do not wait.

## How do I apply?

- If you are **not** in immigration court, you apply with USCIS on Form I-589.
- If you **are** in immigration court, you apply with the immigration judge.

## Can I work?

You may ask for a work permit after your application has been pending for a certain time. Ask a legal provider about the rules.

## Be careful

- Tell the truth on your application. Lies can make you ineligible forever.
- Never let anyone file for you without explaining what the form says.
- Keep copies of everything you file and every notice you receive.

## Find help

Look for a nonprofit legal service provider or a licensed attorney.`,
    topics: ['asylum'],
    language: 'en',
    audience: 'community',
    publishedOn: '2021-08-24',
    postedAt: '2021-08-24T17:00:00Z',
  },
  {
    slug: 'asylum-restrictions-at-the-border-2024-analysis',
    type: 'policy-analysis',
    title: 'Shutting the Door: An Analysis of the 2024 Asylum Restrictions at the Southern Border',
    summary:
      'Analyzes the June 2024 proclamation and rule restricting asylum at the southern border when crossings exceed a set threshold, and their effects on access to protection.',
    body: `## What changed

On June 3, 2024, the President issued a proclamation suspending most entries at the southern border when average daily encounters exceed a threshold. A companion rule makes most people who cross during those periods ineligible for asylum unless they show exceptionally compelling circumstances.

## Key concerns

- **Conflict with the statute.** INA § 208(a)(1) allows anyone physically present or arriving in the U.S. to apply for asylum, whatever their manner of entry.
- **A higher screening standard.** People must affirmatively express fear; officers no longer ask.
- **Families and children.** The rule builds on the 2023 "circumvention" rule, compounding its harms.

## Early effects

Reports show fewer people passing fear screenings and more rapid removals.

## Recommendations

Rescind the rule, expand safe and orderly access at ports of entry, and fund legal orientation and counsel for people in screening.`,
    topics: ['asylum', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2024-07-16',
    postedAt: '2024-07-16T17:00:00Z',
    authors: ['Samuel Oduya'],
  },
  {
    slug: 'tps-travel-and-adjustment-after-sanchez-v-mayorkas',
    type: 'practice-advisory',
    title: 'TPS, Travel, and Adjustment of Status After Sanchez v. Mayorkas',
    summary:
      'Explains Sanchez v. Mayorkas, 593 U.S. 409 (2021), which held that a TPS grant is not an admission, and how travel with advance authorization can open a path to adjustment.',
    body: `## The decision

In *Sanchez v. Mayorkas*, 593 U.S. 409 (2021), the Supreme Court held that a grant of Temporary Protected Status under INA § 244 is not an "admission" for purposes of adjustment of status under INA § 245(a). A TPS holder who entered without inspection cannot adjust on that basis alone.

## Travel as a solution

A TPS holder who travels abroad with advance authorization and returns is inspected at the port of entry. Since July 2022, USCIS policy treats that return as an admission in TPS status, which can satisfy § 245(a) for immediate relatives. The 2022 policy rescinded *Matter of Z-R-Z-C-*, Adopted Decision 2020-02 (AAO Aug. 20, 2020), which had taken the opposite view.

## Risks to screen

- Prior removal orders and the permanent bar at INA § 212(a)(9)(C)
- Criminal history that makes travel or return risky
- Whether the departure triggers other consequences

## Practice tips

Apply for travel authorization on Form I-131, obtain a travel document before leaving, keep the trip short, and carry proof of TPS.`,
    topics: ['tps', 'family-based-immigration'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2021-07-27',
    updatedOn: '2022-09-20',
    postedAt: '2021-07-27T17:00:00Z',
    authors: ['Hannah Lindqvist'],
  },
  {
    slug: 'chart-tps-filing-steps',
    type: 'chart',
    title: 'Chart: TPS Filing Steps for Initial Registration, Re-Registration, and Travel',
    summary:
      'A one-page chart showing which forms to file at each stage of Temporary Protected Status and the key points to check in the country’s Federal Register notice.',
    body: `| Stage | Forms | Key points |
|---|---|---|
| Initial registration | Form I-821; Form I-765 if seeking a work permit | File within the registration period in the country's Federal Register notice; prove nationality, continuous residence, and continuous physical presence |
| Late initial registration | Form I-821 with evidence of eligibility | Only if a condition under 8 C.F.R. § 244.2(f)(2) applies, such as a pending application for other relief |
| Re-registration | Form I-821; Form I-765 | File during each re-registration period; missing it can end TPS |
| Work permit extensions | None, if automatically extended | Check the notice for automatic extensions of existing work permits |
| Travel | Form I-131 | Obtain a travel document before leaving the U.S. |

## Always check

The Federal Register notice for each country sets its own dates and rules. Notices change; confirm the current one before filing.`,
    topics: ['tps'],
    language: 'en',
    audience: 'practitioners',
    publishedOn: '2023-03-21',
    updatedOn: '2024-06-04',
    postedAt: '2023-03-21T17:00:00Z',
    attachments: [{ filename: 'tps-filing-chart.pdf', title: 'TPS Filing Chart (PDF)' }],
  },
  {
    slug: 'temporary-protected-status-community-faq',
    type: 'faq-explainer',
    title: 'Temporary Protected Status: Questions and Answers for Community Members',
    summary:
      'Plain-language answers about what TPS is, who may qualify, and what to do when a designation is extended or ended.',
    body: `## What is TPS?

Temporary Protected Status allows people from certain countries facing war, disaster, or other extraordinary conditions to live and work in the U.S. for a period of time.

## Who can apply?

People from a designated country who were living in the U.S. by the date set for that country and who meet other requirements. People with certain criminal convictions cannot get TPS.

## Does TPS lead to a green card?

Not by itself. But some people with TPS can get a green card through a family member or employer. Ask a legal provider to review your case.

## What if my country's TPS ends?

You return to the status you had before, unless you have obtained another status. Get screened for other options **before** the end date.

## Beware of scams

Only file during official registration periods, and only with help from an attorney or accredited representative.`,
    topics: ['tps'],
    language: 'en',
    audience: 'community',
    publishedOn: '2023-05-16',
    postedAt: '2023-05-16T17:00:00Z',
  },
];
