//! The words of dream to deed: pledges ("ik doe mee"), what a dream still needs, the photo
//! after, what comes next, and the celebration of what was achieved. What residents see is in
//! all five languages (a missing one is a compile error); the organiser's words, listed by
//! name, answer in English for Turkish, Arabic and Polish.

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeedMsg {
    PledgesTitle,
    PledgeAdd,
    PledgeText,
    PledgeTalents,
    PledgeResources,
    PledgeContact,
    PledgeContactHelp,
    PledgeSave,
    PledgeEmpty,
    PledgeRemove,
    NeedsTitle,
    NeedsMet,
    Living,
    Before,
    After,
    Next,
    HelpedBy,
    // The organiser's.
    Achieved,
    AchievedTitle,
    NoAchieved,
    PhotoAfter,
    PhotoFailed,
    NextContact,
    NextAgreed,
    NextWhen,
    NextSave,
    NextNoAgreement,
    NextTooLong,
    ExportContacts,
}

pub fn text(lang: Lang, msg: DeedMsg) -> &'static str {
    use DeedMsg::*;
    use Lang::{Ar, En, Nl, Pl, Tr};
    match (msg, lang) {
        (PledgesTitle, Nl) => "Wie doet er mee",
        (PledgesTitle, En) => "Who is joining in",
        (PledgesTitle, Tr) => "Kimler katılıyor",
        (PledgesTitle, Ar) => "من يشارك",
        (PledgesTitle, Pl) => "Kto się przyłącza",
        (PledgeAdd, Nl) => "Ik doe mee",
        (PledgeAdd, En) => "I'll join in",
        (PledgeAdd, Tr) => "Ben de varım",
        (PledgeAdd, Ar) => "أنا أشارك",
        (PledgeAdd, Pl) => "Dołączam",
        (PledgeText, Nl) => "Wat ga je doen of wat breng je mee?",
        (PledgeText, En) => "What will you do, or what will you bring?",
        (PledgeText, Tr) => "Ne yapacaksın ya da ne getireceksin?",
        (PledgeText, Ar) => "ماذا ستفعل، أو ماذا ستحضر؟",
        (PledgeText, Pl) => "Co zrobisz albo co przyniesiesz?",
        (PledgeTalents, Nl) => "Wat kan jij? (met komma's)",
        (PledgeTalents, En) => "What can you do? (with commas)",
        (PledgeTalents, Tr) => "Sen ne yapabilirsin? (virgülle)",
        (PledgeTalents, Ar) => "ماذا تستطيع أن تفعل؟ (بفواصل)",
        (PledgeTalents, Pl) => "Co potrafisz? (po przecinku)",
        (PledgeResources, Nl) => "Wat heb je dat kan helpen? (met komma's)",
        (PledgeResources, En) => "What do you have that could help? (with commas)",
        (PledgeResources, Tr) => "Yardımı olabilecek neyin var? (virgülle)",
        (PledgeResources, Ar) => "ما الذي لديك ويمكن أن يساعد؟ (بفواصل)",
        (PledgeResources, Pl) => "Co masz, co może pomóc? (po przecinku)",
        (PledgeContact, Nl) => "Hoe kunnen we je bereiken? Alleen als je dat wilt",
        (PledgeContact, En) => "How can we reach you? Only if you want",
        (PledgeContact, Tr) => "Sana nasıl ulaşabiliriz? Sadece istersen",
        (PledgeContact, Ar) => "كيف يمكننا التواصل معك؟ فقط إذا أردت",
        (PledgeContact, Pl) => "Jak możemy się z tobą skontaktować? Tylko jeśli chcesz",
        (PledgeContactHelp, Nl) => "Alleen de organisatie ziet dit, nooit op het scherm.",
        (PledgeContactHelp, En) => "Only the organisers see this, never on the screen.",
        (PledgeContactHelp, Tr) => "Bunu sadece düzenleyenler görür, ekranda asla görünmez.",
        (PledgeContactHelp, Ar) => "يراه المنظمون فقط، ولا يظهر على الشاشة أبدًا.",
        (PledgeContactHelp, Pl) => "Widzą to tylko organizatorzy, nigdy na ekranie.",
        (PledgeSave, Nl) => "Doe mee",
        (PledgeSave, En) => "Join in",
        (PledgeSave, Tr) => "Katıl",
        (PledgeSave, Ar) => "شارك",
        (PledgeSave, Pl) => "Dołącz",
        (PledgeEmpty, Nl) => {
            "Zeg wat je meebrengt: een paar woorden, iets wat je kan of iets wat je hebt."
        }
        (PledgeEmpty, En) => {
            "Say what you bring: a few words, something you can do or something you have."
        }
        (PledgeEmpty, Tr) => {
            "Ne getirdiğini söyle: birkaç kelime, yapabildiğin ya da sahip olduğun bir şey."
        }
        (PledgeEmpty, Ar) => "قل ماذا تحضر: بضع كلمات، أو شيئًا تستطيع فعله أو شيئًا تملكه.",
        (PledgeEmpty, Pl) => {
            "Powiedz, co wnosisz: kilka słów, coś, co potrafisz, albo coś, co masz."
        }
        (PledgeRemove, Nl) => "Weghalen",
        (PledgeRemove, En) => "Remove",
        (PledgeRemove, Tr) => "Kaldır",
        (PledgeRemove, Ar) => "أزل",
        (PledgeRemove, Pl) => "Usuń",
        (NeedsTitle, Nl) => "Nog nodig",
        (NeedsTitle, En) => "Still needed",
        (NeedsTitle, Tr) => "Hâlâ gerekli",
        (NeedsTitle, Ar) => "ما زال مطلوبًا",
        (NeedsTitle, Pl) => "Jeszcze potrzeba",
        (NeedsMet, Nl) => "Alles wat nodig is, is er al!",
        (NeedsMet, En) => "Everything needed is already here!",
        (NeedsMet, Tr) => "Gereken her şey zaten burada!",
        (NeedsMet, Ar) => "كل ما نحتاجه موجود هنا!",
        (NeedsMet, Pl) => "Wszystko, czego trzeba, już jest!",
        (Living, Nl) => "Gaat door",
        (Living, En) => "Keeps going",
        (Living, Tr) => "Devam ediyor",
        (Living, Ar) => "مستمر",
        (Living, Pl) => "Trwa dalej",
        (Before, Nl) => "Voor",
        (Before, En) => "Before",
        (Before, Tr) => "Önce",
        (Before, Ar) => "قبل",
        (Before, Pl) => "Przed",
        (After, Nl) => "Na",
        (After, En) => "After",
        (After, Tr) => "Sonra",
        (After, Ar) => "بعد",
        (After, Pl) => "Po",
        (Next, Nl) => "Zo gaat het verder",
        (Next, En) => "What happens next",
        (Next, Tr) => "Bundan sonra",
        (Next, Ar) => "ما الذي سيحدث بعد ذلك",
        (Next, Pl) => "Co dalej",
        (HelpedBy, Nl) => "Meegeholpen",
        (HelpedBy, En) => "Helped by",
        (HelpedBy, Tr) => "Yardım edenler",
        (HelpedBy, Ar) => "ساعد في ذلك",
        (HelpedBy, Pl) => "Pomogli",
        (Achieved, Nl) => "Gelukt",
        (Achieved, En) => "Achieved",
        (AchievedTitle, Nl) => "Wat we samen waar hebben gemaakt",
        (AchievedTitle, En) => "What we made real together",
        (NoAchieved, Nl) => "Nog geen droom is af. Zet een droom op ‘gelukt’ op zijn kaartje.",
        (NoAchieved, En) => "No dream is done yet. Set a dream to ‘done’ on its card.",
        (PhotoAfter, Nl) => "Foto van na",
        (PhotoAfter, En) => "Photo after",
        (PhotoFailed, Nl) => "Deze foto kon niet gelezen worden. Probeer een andere.",
        (PhotoFailed, En) => "This photo could not be read. Try another one.",
        (NextContact, Nl) => "Contactpersoon (een voornaam)",
        (NextContact, En) => "Contact person (a first name)",
        (NextAgreed, Nl) => "Deze persoon vindt het goed dat de naam erbij staat",
        (NextAgreed, En) => "This person agrees to be named",
        (NextWhen, Nl) => "Wanneer weer, of hoe vaak (bijv. elke eerste zaterdag)",
        (NextWhen, En) => "When again, or how often (e.g. every first Saturday)",
        (NextSave, Nl) => "Bewaren",
        (NextSave, En) => "Save",
        (NextNoAgreement, Nl) => "Vraag eerst of de naam erbij mag, en vink dat aan.",
        (NextNoAgreement, En) => "First ask whether the name may be shown, and tick that.",
        (NextTooLong, Nl) => "Dat is te lang; houd het kort.",
        (NextTooLong, En) => "That is too long; keep it short.",
        (ExportContacts, Nl) => {
            "Met de contactgegevens van wie meedoet (alleen voor de organisatie)"
        }
        (ExportContacts, En) => {
            "With the contact details of those joining in (for the organisers only)"
        }
        (
            Achieved | AchievedTitle | NoAchieved | PhotoAfter | PhotoFailed | NextContact
            | NextAgreed | NextWhen | NextSave | NextNoAgreement | NextTooLong | ExportContacts,
            Tr | Ar | Pl,
        ) => text(En, msg),
    }
}
