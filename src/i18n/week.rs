//! The words of the Oasis week on the map: stories behind the pins, hearts, the jury's choice,
//! in Dutch (first) and English. A catalogue of its own: a missing translation is a compile
//! error.

use crate::domain::pin::DreamStatus;
use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WeekMsg {
    StoriesTitle,
    StoryAdd,
    StoryText,
    StoryName,
    StoryNameHelp,
    StoryTalents,
    StorySave,
    StoryRemove,
    StoryEmpty,
    HeartGive,
    HeartTakeBack,
    StatusLabel,
    Ranking,
    RankingTitle,
    NoDreams,
    Tagline,
}

pub fn text(lang: Lang, msg: WeekMsg) -> &'static str {
    use Lang::{En, Nl};
    use WeekMsg::*;
    match (msg, lang) {
        (StoriesTitle, Nl) => "Verhalen",
        (StoriesTitle, En) => "Stories",
        (StoryAdd, Nl) => "Vertel er iets bij",
        (StoryAdd, En) => "Tell something about it",
        (StoryText, Nl) => "Wat is jouw verhaal bij deze plek?",
        (StoryText, En) => "What is your story about this place?",
        (StoryName, Nl) => "Je voornaam (mag leeg blijven)",
        (StoryName, En) => "Your first name (may stay empty)",
        (StoryNameHelp, Nl) => "Je naam staat dan bij je verhaal, voor iedereen te zien.",
        (StoryNameHelp, En) => "Your name is then shown with your story, for everyone to see.",
        (StoryTalents, Nl) => "Wat kan jij, of wat wil je geven? (met komma's)",
        (StoryTalents, En) => "What can you do, or what would you give? (with commas)",
        (StorySave, Nl) => "Verhaal bewaren",
        (StorySave, En) => "Save the story",
        (StoryRemove, Nl) => "Verhaal weghalen",
        (StoryRemove, En) => "Remove the story",
        (StoryEmpty, Nl) => "Schrijf eerst een paar woorden.",
        (StoryEmpty, En) => "First write a few words.",
        (HeartGive, Nl) => "Hartje geven",
        (HeartGive, En) => "Give a heart",
        (HeartTakeBack, Nl) => "Hartje terugnemen",
        (HeartTakeBack, En) => "Take the heart back",
        (StatusLabel, Nl) => "Stand van deze droom",
        (StatusLabel, En) => "Status of this dream",
        (Ranking, Nl) => "Dromen",
        (Ranking, En) => "Dreams",
        (RankingTitle, Nl) => "De dromen van de buurt, met de meeste hartjes bovenaan",
        (RankingTitle, En) => "The neighbourhood's dreams, most hearts first",
        (NoDreams, Nl) => "Nog geen dromen op de kaart.",
        (NoDreams, En) => "No dreams on the map yet.",
        (Tagline, Nl) => "Alles is er al",
        (Tagline, En) => "Everything is already here",
    }
}

/// A dream's status, in words.
pub fn status_name(lang: Lang, s: DreamStatus) -> &'static str {
    match (lang, s) {
        (Lang::Nl, DreamStatus::Dream) => "droom",
        (Lang::En, DreamStatus::Dream) => "dream",
        (Lang::Nl, DreamStatus::Chosen) => "gekozen",
        (Lang::En, DreamStatus::Chosen) => "chosen",
        (Lang::Nl, DreamStatus::Underway) => "wordt gemaakt",
        (Lang::En, DreamStatus::Underway) => "underway",
        (Lang::Nl, DreamStatus::Done) => "gelukt",
        (Lang::En, DreamStatus::Done) => "done",
    }
}

/// How many hearts, as the button says it.
pub fn hearts(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 hartje".into(),
        (Lang::Nl, n) => format!("{n} hartjes"),
        (Lang::En, 1) => "1 heart".into(),
        (Lang::En, n) => format!("{n} hearts"),
    }
}
