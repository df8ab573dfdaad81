import type { DemoResource } from './types.ts';

/** Enforcement, Know Your Rights, and local policy advocacy. */
export const enforcementResources: DemoResource[] = [
  {
    slug: 'know-your-rights-red-cards',
    type: 'community-resource',
    title: 'Know Your Rights Red Cards',
    summary:
      'Wallet-sized cards that help people assert their constitutional rights if immigration agents come to the door. Available in 16 languages to print at home or order in bulk.',
    body: `## What the card does

Everyone in the United States, regardless of immigration status, has certain rights under the Constitution. The card explains those rights on one side. The other side is written for the agent: it says that the person is choosing to remain silent, does not consent to a search, and wants to speak with a lawyer.

## How to use it

- Keep the card with you and near your front door.
- If an agent knocks, do not open the door. Slide the card under the door or show it through a window.
- Do not sign anything without talking to a lawyer.

## Languages

Arabic, Chinese, English, Farsi, French, Haitian Creole, Hmong, Korean, Pashto, Punjabi, Russian, Spanish, Tagalog, Tigrinya, Ukrainian, and Vietnamese.

## Ordering

Community groups can order printed cards in bulk. Individuals can download and print the PDF for each language below.`,
    topics: ['enforcement'],
    language: 'en',
    audience: 'community',
    publishedOn: '2017-02-06',
    updatedOn: '2024-02-13',
    postedAt: '2017-02-06T17:00:00Z',
    attachments: [
      { filename: 'red-card-english.pdf', title: 'Red Card, English (PDF)' },
      { filename: 'red-card-spanish.pdf', title: 'Red Card, Spanish (PDF)' },
      { filename: 'red-card-vietnamese.pdf', title: 'Red Card, Vietnamese (PDF)' },
    ],
  },
  {
    slug: 'what-to-do-if-ice-comes-to-your-home',
    type: 'community-resource',
    title: 'What to Do If Immigration Agents Come to Your Home',
    summary:
      'Step-by-step, plain-language advice on staying safe and protecting your rights if ICE agents knock on your door.',
    body: `## 1. Do not open the door

You do not have to open the door unless the agents have a warrant signed by a **judge**. An ICE "warrant" signed by an immigration officer does not give them the right to enter your home.

## 2. Ask them to show the warrant

Ask them to slide it under the door or hold it up to a window. Check for a judge's signature and your correct name and address.

## 3. Stay silent

You have the right to remain silent. You do not have to say where you were born or how you entered the U.S.

## 4. Do not sign anything

Do not sign any papers without talking to a lawyer first. Some papers give up your right to see a judge.

## 5. Write it down

Write down the agents' names, badge numbers, and what happened. Call a local rapid response hotline if your area has one.

## 6. Have a plan

Make a family preparedness plan ahead of time.`,
    topics: ['enforcement'],
    language: 'en',
    audience: 'community',
    publishedOn: '2017-03-14',
    updatedOn: '2024-02-13',
    postedAt: '2017-03-14T17:00:00Z',
  },
  {
    slug: 'family-preparedness-plan',
    type: 'community-resource',
    title: 'Family Preparedness Plan',
    summary:
      'A workbook that helps immigrant families plan ahead for an emergency, including who will care for the children and where important documents are kept.',
    body: `## Why plan ahead

No one wants to think about being separated from their family. A plan made in a calm moment can protect your children and your property if something happens.

## Steps in the plan

1. **Emergency contacts.** Choose adults who can be reached quickly and memorize their numbers.
2. **Care for children.** Decide who will care for your children. Talk to that person now. Update the school's pickup list.
3. **Legal papers.** Ask a legal provider about a caregiver's authorization affidavit or a guardianship.
4. **Documents.** Keep birth certificates, passports, immigration papers, and medical records in one safe place, and make copies.
5. **Money.** Think about who can access bank accounts and pay rent.
6. **Your immigration history.** Write down your A-number, if you have one, and the name of your lawyer.

## Know your rights

Carry a Know Your Rights card and review it with your family.`,
    topics: ['enforcement', 'immigrant-youth'],
    language: 'en',
    audience: 'community',
    publishedOn: '2017-04-18',
    updatedOn: '2024-01-09',
    postedAt: '2017-04-18T17:00:00Z',
    attachments: [{ filename: 'family-preparedness-plan.pdf', title: 'Family Preparedness Plan (PDF)' }],
  },
  {
    slug: 'california-values-act-sb-54-explained',
    type: 'faq-explainer',
    title: 'The California Values Act (SB 54) Explained',
    summary:
      'Explains what the California Values Act does and does not do to limit cooperation between state and local law enforcement and federal immigration authorities.',
    body: `## What the law does

The California Values Act, SB 54 (2017), codified at Cal. Gov't Code § 7284 and following, generally bars state and local law enforcement from using their resources to investigate, question, detain, or arrest people for immigration enforcement.

## Key limits

- No holding people on ICE detainers past their release time
- No transfers to ICE without a judicial warrant or judicial probable cause determination, except for people with certain convictions
- No notifications of release dates, again with exceptions based on criminal history
- No 287(g) agreements

## What it does not do

The law does not stop ICE from operating in California, and it includes exceptions that allow cooperation for people with certain serious or violent convictions.

## Related laws

The TRUTH Act (Cal. Gov't Code § 7283) requires jails to give people written notice before an ICE interview and the right to decline it or have an attorney present.`,
    topics: ['enforcement', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2018-01-23',
    postedAt: '2018-01-23T17:00:00Z',
    authors: ['Rafael Ochoa'],
  },
  {
    slug: 'ice-detainers-and-local-limits-analysis',
    type: 'policy-analysis',
    title: 'ICE Detainers and the Constitution: Why Localities Are Saying No',
    summary:
      'Analyzes the legal problems with holding people on ICE detainers and surveys the local policies that decline or limit detainer compliance.',
    body: `## What a detainer is

A detainer (Form I-247A) asks a jail to hold someone for up to 48 hours after they would otherwise be released, so ICE can take custody. It is a request, not a court order.

## Legal risks for localities

- **Fourth Amendment.** Holding someone past release is a new arrest. Courts, including in *Miranda-Olivares v. Clackamas County* (D. Or. 2014), have found localities liable for detentions without probable cause.
- **Voluntary compliance.** In *Galarza v. Szalczyk*, 745 F.3d 634 (3d Cir. 2014), the court confirmed that detainers do not compel compliance.
- **State law.** Many states limit arrests to those authorized by state law.

## The policy landscape

Hundreds of counties now decline some or all detainers. Policies vary: some decline all holds, others honor only those accompanied by a judicial warrant.

## Recommendations

Adopt written policies that decline detainer holds, limit release notifications, and bar ICE access to non-public areas of jails.`,
    topics: ['enforcement', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2018-06-12',
    updatedOn: '2021-02-17',
    postedAt: '2018-06-12T17:00:00Z',
    projects: ['collective-freedom-project'],
  },
  {
    slug: 'ending-287g-agreements-analysis',
    type: 'policy-analysis',
    title: '287(g) Agreements: How They Work and How Communities Ended Them',
    summary:
      'Explains agreements under INA § 287(g), 8 U.S.C. § 1357(g), that deputize local officers as immigration agents, their costs, and the local campaigns that ended them.',
    body: `## What 287(g) does

Section 287(g) allows ICE to sign agreements with state and local agencies that let trained officers perform some immigration functions. Most current agreements are "jail model" agreements: deputized jail staff screen people at booking and issue detainers.

## The costs

- Local budgets pay for staff time and training
- Residents avoid calling police, which undermines public safety
- Studies have linked the program to racial profiling

## How campaigns ended agreements

- Candidates for sheriff who pledged to end 287(g) were elected in several counties
- County boards refused to fund the program or put it to a public vote
- Public records requests exposed how the program operated

## Lessons for organizers

Start with public records and data. Center directly affected people in hearings. Build relationships with local officials before the renewal date of the agreement.`,
    topics: ['enforcement', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2019-03-26',
    postedAt: '2019-03-26T17:00:00Z',
    authors: ['Rafael Ochoa', 'Lucía Benavides'],
    projects: ['collective-freedom-project'],
  },
  {
    slug: 'ending-jail-entanglement-campaign-guide',
    type: 'toolkit-report',
    title: 'Ending Jail Entanglement With ICE: A Campaign Guide',
    summary:
      'A toolkit for local organizers working to stop jails from transferring people to immigration custody, with campaign timelines, case studies, and sample materials.',
    body: `## Who this is for

Grassroots groups, faith communities, and legal organizations starting or strengthening a campaign to end cooperation between a local jail and ICE.

## Inside the guide

1. **Map the pipeline.** How a local arrest becomes an ICE transfer.
2. **Identify decision makers.** Sheriffs, county supervisors, city councils, state legislators.
3. **Gather evidence.** Public records, court watch data, and stories from directly affected people.
4. **Build the coalition.** Defenders, immigrant-led groups, faith leaders, labor.
5. **Win and defend policy.** Sample resolutions, testimony templates, and a plan for monitoring compliance.

## Case studies

Short profiles of county campaigns that ended ICE access to jails, including what went wrong along the way.`,
    topics: ['enforcement', 'policy-advocacy', 'civic-participation'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2021-05-11',
    postedAt: '2021-05-11T17:00:00Z',
    attachments: [{ filename: 'ending-jail-entanglement.pdf', title: 'Campaign Guide (PDF)' }],
    projects: ['collective-freedom-project'],
  },
  {
    slug: 'webinar-county-campaigns-against-ice-cooperation',
    type: 'webinar-recording',
    title: 'Webinar Recording: Winning County Campaigns Against ICE Cooperation',
    summary:
      'Organizers from three counties share how they ended local cooperation with ICE, followed by a question-and-answer session.',
    body: `**Level:** Intermediate · **Length:** 80 minutes

## Speakers

Organizers and attorneys from a rural county, a suburban county, and a large city, each of whom ran a campaign to end jail transfers to ICE.

## Topics

- Choosing a winnable target and a timeline
- Using public records to build the case
- Working with a reluctant sheriff or county board
- Keeping directly affected people at the center of the campaign
- Monitoring whether the new policy is followed

## Materials

The slides and a list of sample resolutions are attached.`,
    topics: ['policy-advocacy', 'enforcement', 'civic-participation'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2022-04-20',
    postedAt: '2022-04-20T20:00:00Z',
    attachments: [{ filename: 'county-campaigns-slides.pdf', title: 'Webinar Slides (PDF)' }],
    projects: ['collective-freedom-project'],
  },
  {
    slug: 'comment-on-proposed-biometrics-expansion',
    type: 'public-comment',
    title: 'Comment Opposing the Proposed Expansion of Biometrics Collection',
    summary:
      'Our 2020 comment opposing a DHS proposal to collect far more biometric data, including from U.S. citizen sponsors and children, in immigration cases.',
    body: `## The proposal

DHS proposed to require biometrics from nearly everyone connected to an immigration filing, including U.S. citizen petitioners, and to expand the types of biometrics collected.

## Our concerns

1. **Privacy.** The rule would create a vast database of sensitive personal data with few limits on sharing.
2. **Children.** Removing the age limit would subject young children to collection.
3. **Chilling effect.** U.S. citizens may hesitate to petition for relatives.
4. **Enforcement uses.** Data collected for benefits could be used for enforcement.

## Recommendation

Withdraw the proposal. The rule was later withdrawn in 2021.`,
    topics: ['enforcement', 'policy-advocacy'],
    language: 'en',
    audience: 'advocates',
    publishedOn: '2020-10-13',
    postedAt: '2020-10-13T21:00:00Z',
  },
];
