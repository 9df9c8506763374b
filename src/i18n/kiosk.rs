//! The kiosk's words, in Dutch (first) and English: short, warm and plain, for people who may
//! never have used a map app. A catalogue of its own beside `i18n`, so a missing translation is
//! still a compile error.
//! Pure words: the reactive helpers that pick the language of the moment are in `store::words`.

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KioskMsg {
    WelcomeTitle,
    WelcomeText,
    Start,
    OtherLang,
    KindTitle,
    KindBeautyText,
    KindPlaceText,
    KindDreamText,
    WhereTitle,
    WhereHint,
    Here,
    PhotoTitle,
    PhotoHint,
    PhotoTake,
    PhotoAgain,
    PhotoDone,
    SymbolTitle,
    TitleBeauty,
    TitleDream,
    QuotePlace,
    TalentsTitle,
    TalentsHint,
    ResourcesTitle,
    ResourcesHint,
    NameTitle,
    NameHint,
    MayStayEmpty,
    ConsentTitle,
    ConsentLabel,
    Back,
    Next,
    Save,
    ThanksTitle,
    ThanksText,
    ThanksStorage,
    Done,
    IdleTitle,
    Stay,
    Organiser,
    LockTitle,
    LockText,
    PinLabel,
    Unlock,
    WrongPin,
    PinWait,
    SettingsTitle,
    SettingsHelp,
    PinNew,
    PinSet,
    PinClear,
    PinIsSet,
    PinNone,
    PinInvalid,
    IdleLabel,
    KindsLabel,
    OpenKiosk,
    PlaceName,
    OwnTalentsTitle,
    OwnTalentsHint,
    VoteStart,
    VoteTitle,
    VoteHint,
    VoteThanks,
    TellStart,
    PickTitle,
    PickHint,
    StoryTitle,
    StorySave,
    StoryThanks,
    VotesLabel,
}

pub fn text(lang: Lang, msg: KioskMsg) -> &'static str {
    use KioskMsg::*;
    use Lang::{En, Nl};
    match (msg, lang) {
        (WelcomeTitle, Nl) => "Wat is er goed in jouw buurt?",
        (WelcomeTitle, En) => "What is good in your neighbourhood?",
        (WelcomeText, Nl) => "Zet iets moois, een plek die je dierbaar is of een droom op de kaart. Het duurt maar een minuutje.",
        (WelcomeText, En) => "Put something beautiful, a place you love or a dream on the map. It only takes a minute.",
        (Start, Nl) => "Begin",
        (Start, En) => "Start",
        // The switch names the other language, in that language.
        (OtherLang, Nl) => "English",
        (OtherLang, En) => "Nederlands",
        (KindTitle, Nl) => "Wat wil je op de kaart zetten?",
        (KindTitle, En) => "What would you like to put on the map?",
        (KindBeautyText, Nl) => "Iets wat je mooi vindt, met een foto.",
        (KindBeautyText, En) => "Something you find beautiful, with a photo.",
        (KindPlaceText, Nl) => "Een plek die voor jou belangrijk is.",
        (KindPlaceText, En) => "A place that matters to you.",
        (KindDreamText, Nl) => "Iets wat je hier graag zou zien.",
        (KindDreamText, En) => "Something you would love to see here.",
        (WhereTitle, Nl) => "Waar is het?",
        (WhereTitle, En) => "Where is it?",
        (WhereHint, Nl) => "Schuif de kaart met je vinger tot het kruisje op de goede plek staat.",
        (WhereHint, En) => "Move the map with your finger until the cross is on the right spot.",
        (Here, Nl) => "Hier is het",
        (Here, En) => "It's here",
        (PhotoTitle, Nl) => "Maak er een foto van",
        (PhotoTitle, En) => "Take a photo of it",
        (PhotoHint, Nl) => "Zonder foto mag ook: tik dan op Verder.",
        (PhotoHint, En) => "No photo is fine too: just tap Next.",
        (PhotoTake, Nl) => "Foto maken",
        (PhotoTake, En) => "Take a photo",
        (PhotoAgain, Nl) => "Andere foto",
        (PhotoAgain, En) => "Another photo",
        (PhotoDone, Nl) => "Mooi! Tik op Verder.",
        (PhotoDone, En) => "Lovely! Tap Next.",
        (SymbolTitle, Nl) => "Kies een teken voor deze plek",
        (SymbolTitle, En) => "Choose a sign for this place",
        (TitleBeauty, Nl) => "Wat is het? Geef het een naam",
        (TitleBeauty, En) => "What is it? Give it a name",
        (TitleDream, Nl) => "Wat is je droom voor deze plek?",
        (TitleDream, En) => "What is your dream for this place?",
        (QuotePlace, Nl) => "Waarom is deze plek belangrijk voor je?",
        (QuotePlace, En) => "Why does this place matter to you?",
        (TalentsTitle, Nl) => "Wie of wat kan helpen?",
        (TalentsTitle, En) => "Who or what could help?",
        (TalentsHint, Nl) => "Talenten, bijvoorbeeld: koken, timmeren, de buurvrouw. Zet komma's ertussen.",
        (TalentsHint, En) => "Talents, for example: cooking, carpentry, the neighbour. Put commas between them.",
        (ResourcesTitle, Nl) => "Wat is er al?",
        (ResourcesTitle, En) => "What is already there?",
        (ResourcesHint, Nl) => "Bijvoorbeeld: een leeg veldje, een schuur, gereedschap. Zet komma's ertussen.",
        (ResourcesHint, En) => "For example: an empty plot, a shed, tools. Put commas between them.",
        (NameTitle, Nl) => "Wil je je voornaam erbij zetten?",
        (NameTitle, En) => "Would you like to add your first name?",
        (NameHint, Nl) => "Dat hoeft niet. Leeg laten mag.",
        (NameHint, En) => "You don't have to. Leaving it empty is fine.",
        (MayStayEmpty, Nl) => "Mag ook leeg blijven.",
        (MayStayEmpty, En) => "You may leave this empty.",
        (ConsentTitle, Nl) => "Mag je pin ook naar de buurtkaart op internet?",
        (ConsentTitle, En) => "May your pin also go to the neighbourhood map online?",
        (ConsentLabel, Nl) => "Ja, dat mag",
        (ConsentLabel, En) => "Yes, that's fine",
        (Back, Nl) => "Terug",
        (Back, En) => "Back",
        (Next, Nl) => "Verder",
        (Next, En) => "Next",
        (Save, Nl) => "Zet op de kaart",
        (Save, En) => "Put it on the map",
        (ThanksTitle, Nl) => "Dank je wel!",
        (ThanksTitle, En) => "Thank you!",
        (ThanksText, Nl) => "Je pin staat op de kaart, tussen die van je buren.",
        (ThanksText, En) => "Your pin is on the map, among your neighbours'.",
        (ThanksStorage, Nl) => "Let op: deze tablet kon je pin niet goed bewaren. Zeg het even tegen de organisator.",
        (ThanksStorage, En) => "Note: this tablet could not store your pin properly. Please tell the organiser.",
        (Done, Nl) => "Klaar",
        (Done, En) => "Done",
        (IdleTitle, Nl) => "Ben je er nog?",
        (IdleTitle, En) => "Are you still there?",
        (Stay, Nl) => "Ik ben er nog",
        (Stay, En) => "I'm still here",
        (Organiser, Nl) => "Voor de organisator",
        (Organiser, En) => "For the organiser",
        (LockTitle, Nl) => "Alleen voor de organisator",
        (LockTitle, En) => "For the organiser only",
        (LockText, Nl) => "Vul de PIN van de kiosk in.",
        (LockText, En) => "Enter the kiosk PIN.",
        (PinLabel, Nl) => "PIN",
        (PinLabel, En) => "PIN",
        (Unlock, Nl) => "Openen",
        (Unlock, En) => "Unlock",
        (WrongPin, Nl) => "Die PIN klopt niet. Probeer het nog eens.",
        (WrongPin, En) => "That PIN is not right. Please try again.",
        (PinWait, Nl) => "Te vaak een verkeerde PIN. Wacht even en probeer het dan opnieuw.",
        (PinWait, En) => "Too many wrong PINs. Wait a moment, then try again.",
        (SettingsTitle, Nl) => "Kiosk",
        (SettingsTitle, En) => "Kiosk",
        (SettingsHelp, Nl) => "Voor een tablet op een buurtfeest: bewoners zetten er stap voor stap hun pin op de kaart.",
        (SettingsHelp, En) => "For a tablet at a neighbourhood event: residents put their pin on the map step by step.",
        (PinNew, Nl) => "Nieuwe PIN (6 tot 8 cijfers)",
        (PinNew, En) => "New PIN (6 to 8 digits)",
        (PinSet, Nl) => "PIN instellen",
        (PinSet, En) => "Set PIN",
        (PinClear, Nl) => "PIN weghalen",
        (PinClear, En) => "Remove PIN",
        (PinIsSet, Nl) => "De kiosk zit op slot: de kiosk verlaten en de instellingen openen vragen de PIN.",
        (PinIsSet, En) => "The kiosk is locked: leaving it and opening settings ask for the PIN.",
        (PinNone, Nl) => "Geen PIN: iedereen kan de kiosk verlaten.",
        (PinNone, En) => "No PIN: anyone can leave the kiosk.",
        (PinInvalid, Nl) => "Een PIN is 6 tot 8 cijfers.",
        (PinInvalid, En) => "A PIN is 6 to 8 digits.",
        (IdleLabel, Nl) => "Na hoeveel seconden zonder aanraking begint de kiosk opnieuw?",
        (IdleLabel, En) => "After how many seconds without a touch does the kiosk start over?",
        (KindsLabel, Nl) => "Wat kunnen bewoners op de kaart zetten?",
        (KindsLabel, En) => "What can residents put on the map?",
        (OpenKiosk, Nl) => "Kiosk openen",
        (OpenKiosk, En) => "Open the kiosk",
        (PlaceName, Nl) => "Hoe heet deze plek?",
        (PlaceName, En) => "What is this place called?",
        (OwnTalentsTitle, Nl) => "Wat kan jij?",
        (OwnTalentsTitle, En) => "What can you do?",
        (OwnTalentsHint, Nl) => "Bijvoorbeeld: koken, timmeren, mensen bij elkaar brengen. Zet komma's ertussen.",
        (OwnTalentsHint, En) => "For example: cooking, carpentry, bringing people together. Put commas between them.",
        (VoteStart, Nl) => "Kies dromen",
        (VoteStart, En) => "Choose dreams",
        (VoteTitle, Nl) => "Welke dromen wil jij waarmaken?",
        (VoteTitle, En) => "Which dreams would you like to come true?",
        (VoteHint, Nl) => "Tik op de dromen die jij het mooist vindt: één stip per droom. Nog een keer tikken haalt je stip terug.",
        (VoteHint, En) => "Tap the dreams you like best: one dot per dream. Tap again to take your dot back.",
        (VoteThanks, Nl) => "Je stippen tellen mee. Samen kiezen we welke dromen de buurt gaat waarmaken.",
        (VoteThanks, En) => "Your dots count. Together we choose which dreams the neighbourhood will make come true.",
        (TellStart, Nl) => "Vertel over een plek",
        (TellStart, En) => "Tell about a place",
        (PickTitle, Nl) => "Over welke plek wil je iets vertellen?",
        (PickTitle, En) => "Which place would you like to tell about?",
        (PickHint, Nl) => "Dit zijn de plekken die het dichtst bij het midden van de kaart staan.",
        (PickHint, En) => "These are the places nearest the middle of the map.",
        (StoryTitle, Nl) => "Wat wil je erover vertellen?",
        (StoryTitle, En) => "What would you like to tell about it?",
        (StorySave, Nl) => "Bewaar mijn verhaal",
        (StorySave, En) => "Keep my story",
        (StoryThanks, Nl) => "Je verhaal staat nu bij deze plek, voor iedereen om te lezen.",
        (StoryThanks, En) => "Your story is with this place now, for everyone to read.",
        (VotesLabel, Nl) => "Hoeveel stippen krijgt iedere bewoner om dromen te kiezen?",
        (VotesLabel, En) => "How many dots does each resident get to choose dreams with?",
    }
}

/// How many dots are left to give.
pub fn dots_left(lang: Lang, n: u32) -> String {
    match (lang, n) {
        (Lang::Nl, 0) => "Al je stippen zijn gegeven. Tik op Klaar.".into(),
        (Lang::Nl, 1) => "Je hebt nog 1 stip.".into(),
        (Lang::Nl, n) => format!("Je hebt nog {n} stippen."),
        (Lang::En, 0) => "All your dots are given. Tap Done.".into(),
        (Lang::En, 1) => "You have 1 dot left.".into(),
        (Lang::En, n) => format!("You have {n} dots left."),
    }
}

/// "Step 2 of 5".
pub fn progress(lang: Lang, (n, of): (usize, usize)) -> String {
    match lang {
        Lang::Nl => format!("Stap {n} van {of}"),
        Lang::En => format!("Step {n} of {of}"),
    }
}

/// The idle countdown.
pub fn starts_over_in(lang: Lang, seconds: u32) -> String {
    match (lang, seconds) {
        (Lang::Nl, 1) => "Over 1 seconde begint de kiosk opnieuw.".into(),
        (Lang::Nl, n) => format!("Over {n} seconden begint de kiosk opnieuw."),
        (Lang::En, 1) => "The kiosk starts over in 1 second.".into(),
        (Lang::En, n) => format!("The kiosk starts over in {n} seconds."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_plain_words() {
        assert_eq!(progress(Lang::Nl, (2, 5)), "Stap 2 van 5");
        assert_eq!(progress(Lang::En, (2, 5)), "Step 2 of 5");
        assert_eq!(
            starts_over_in(Lang::Nl, 1),
            "Over 1 seconde begint de kiosk opnieuw."
        );
        assert_eq!(
            starts_over_in(Lang::En, 7),
            "The kiosk starts over in 7 seconds."
        );
        assert_eq!(dots_left(Lang::Nl, 2), "Je hebt nog 2 stippen.");
        assert_eq!(dots_left(Lang::En, 1), "You have 1 dot left.");
        assert_ne!(
            text(Lang::Nl, KioskMsg::WelcomeTitle),
            text(Lang::En, KioskMsg::WelcomeTitle)
        );
    }
}
