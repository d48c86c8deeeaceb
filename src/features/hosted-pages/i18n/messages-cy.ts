// The hosted pages' Welsh messages: the real payment pages' Welsh message file (pay-frontend
// `locales/cy.json`), word for word, for the same keys as the English catalogue. Nothing here is
// the playground's own translation: what the real Welsh pages leave in English is in english-only.ts.
import type { Messages } from './messages-en.ts'

export const cy: Messages = {
  cardDetails: {
    withdrawalText: {
      debit_credit: 'Math o gardiau credyd a debyd y derbynnir',
      debit: 'Ni dderbynnir taliadau cerdyn credyd. Defnyddiwch gerdyn debyd os gwelwch yn dda.',
      credit: 'Ni dderbynnir taliadau cerdyn debyd. Defnyddiwch gerdyn credyd os gwelwch yn dda.',
    },
    enterCardDetails: 'Rhowch fanylion y cerdyn',
    expiry: 'Dyddiad dod i ben',
    expiryHint: 'Er enghraifft 10/%s',
    expiryMonth: 'Mis',
    expiryYear: 'Blwyddyn',
    cvc: 'Cod diogelwch y cerdyn',
    cvcTip: 'Y 3 digid olaf ar gefn y cerdyn',
    amexcvcTip: 'Y 4 digid olaf ar flaen y cerdyn ar ôl rhif y cerdyn',
    cardNo: 'Rhif cerdyn',
    cardholderName: 'Enw ar y cerdyn',
    billingAddress: 'Cyfeiriad bilio',
    billingAddressHint: 'Hwn yw’r cyfeiriad sy’n gysylltiedig â’r cerdyn',
    addressLine1: 'Llinell cyfeiriad 1',
    addressLine2: 'Llinell cyfeiriad 2 (dewisol)',
    city: 'Tref neu ddinas',
    postcode: 'Cod post',
    country: 'Gwlad neu diriogaeth',
    contactDetails: 'Manylion cyswllt',
    email: 'E-bost',
    emailOptional: 'E-bost (dewisol)',
  },
  commonButtons: {
    confirmButton: 'Cadarnhau’r taliad',
    continueButton: 'Parhau',
    cancelButton: 'Canslo’r taliad',
    startAgain: 'Dechrau eto',
  },
  confirmDetails: {
    title: 'Cadarnhau eich taliad',
    card: 'Rhif cerdyn',
    expiry: 'Dyddiad dod i ben',
    name: 'Enw ar y cerdyn',
    address: 'Cyfeiriad bilio',
    email: 'E-bost cadarnhad',
  },
  commonConjunctions: {
    or: 'neu',
  },
  commonHeadings: {
    inProgress: 'Mae eich taliad ar y gweill',
  },
  paymentSummary: {
    title: 'Crynodeb y taliad',
    totalAmount: 'Cyfanswm:',
  },
  errorViews: {
    either: 'Gallwch:',
    continue: 'Parhau gyda’ch taliad',
    tryAgain: "Canslo a mynd yn ôl i trio'r taliad eto",
    problem: 'Roedd problem gyda’ch taliad',
    declined: 'Mae eich taliad wedi cael ei wrthod',
    contactYourBank: 'Nid oes arian wedi cael ei dynnu o’ch cyfrif. Cysylltwch â’ch banc am ragor o fanylion.',
    paymentStatus: 'Roedd eich taliad yn',
    noMoneyTaken: 'Nid oes arian wedi ei gymryd o’r cyfrif.',
    sessionExpiredNoMoneyTaken:
      'Am eich diogelwch, bydd sesiynau talu yn dod i ben ar ôl 90 munud. Nid oes arian wedi cael ei dynnu o’ch cyfrif.',
    toMakeChanges: 'I wneud unrhyw newidiadau i’ch taliad mae angen i chi gysylltu â’r gwasanaeth.',
    viewSummary: 'Gweld crynodeb eich taliad',
    paymentExpired: 'Daeth eich taliad i ben',
    sessionExpired: 'Daeth eich sesiwn taliad i ben',
    paymentCancelled: 'Mae eich taliad wedi cael ei ganslo',
    paymentCancelledTitle: 'Y taliad wedi ei ganslo',
    paymentCancelledDescription:
      'Mae’r gwasanaeth rydych yn ceisio ei dalu wedi cael ei ganslo. Nid oes arian wedi cael ei dynnu o’ch cyfrif.',
    error: 'Digwyddodd gwall',
    technicalProblems: 'Rydym yn profi problemau technegol.',
  },
  authorisation: {
    checkingDetails: 'Yn gwirio manylion y cerdyn',
    checkingDetailsDescription: 'Mae eich manylion talu yn cael eu gwirio.',
    spinnerAltText: 'yn aros',
    processingPayment: 'Mae eich taliad yn cael ei brosesu.',
    processing: 'Prosesu manylion y cerdyn',
    userCancelledPayment: 'Mae eich taliad wedi ei ganslo',
  },
  fieldErrors: {
    summary: 'Mae’r meysydd canlynol yn wag neu yn cynnwys camgymeriadau',
    generic: 'Rhowch %s dilys',
    visuallyHiddenError: 'Gwall:',
    fields: {
      cardholderName: {
        name: 'enw',
        message: 'Rhowch yr enw fel y mae’n ymddangos ar y cerdyn',
        containsTooManyDigits: 'Rhowch yr enw fel y mae’n ymddangos ar y cerdyn',
        containsSuspectedCVC: 'Rhowch yr enw fel y mae’n ymddangos ar y cerdyn',
      },
      cardNo: {
        name: 'rif cerdyn',
        message: 'Rhowch rif cerdyn dilys',
        numberIncorrectLength: 'Nid yw rhif y cerdyn yr hyd cywir',
        luhnInvalid: 'Rhowch rif cerdyn dilys',
        cardNotSupported: 'Nid yw’r math hwn o gerdyn yn cael ei dderbyn',
        unsupportedDebitCard: 'Ni dderbynnir cardiau debyd %s',
        unsupportedCreditCard: 'Ni dderbynnir cardiau credyd %s',
      },
      cvc: {
        name: 'god diogelwch cerdyn',
        message: 'Rhowch god diogelwch cerdyn dilys',
        invalidLength: 'Rhowch god diogelwch cerdyn dilys',
      },
      expiryMonth: {
        name: 'ddyddiad dod i ben',
        message: 'Rhowch ddyddiad dod i ben dilys',
        invalidMonth: 'Rhowch ddyddiad dod i ben dilys',
        invalidYear: 'Rhowch ddyddiad dod i ben dilys',
        inThePast: 'Rhowch ddyddiad dod i ben yn y dyfodol',
      },
      addressLine1: {
        name: 'llinell cyfeiriad 1',
        message: "Rhowch linell cyfeiriad 1, fel arfer yr adeilad a'r stryd",
        containsTooManyDigits: "Rhowch linell cyfeiriad 1, fel arfer yr adeilad a'r stryd",
      },
      addressLine2: {
        name: 'llinell cyfeiriad 2',
        message: 'Rhowch linell cyfeiriad 2',
        containsTooManyDigits: 'Rhowch linell cyfeiriad 2',
      },
      addressCity: {
        name: 'dref/ddinas',
        message: 'Rhowch dref/ddinas ddilys',
        containsTooManyDigits: 'Rhowch dref/ddinas ddilys',
      },
      addressPostcode: {
        name: 'god post',
        message: 'Rhowch god post dilys',
        containsTooManyDigits: 'Rhowch god post dilys',
      },
      email: {
        name: 'e-bost',
        message: 'Rhowch e-bost dilys',
        typo: 'Efallai bod camgymeriad yn rhan olaf eich cyfeiriad e-bost. Dewiswch eich cyfeiriad e-bost.',
      },
      addressCountry: {
        name: 'wlad neu diriogaeth',
        message: 'Rhowch wlad neu diriogaeth ddilys',
      },
    },
  },
}
