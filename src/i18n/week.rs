//! The words of the Oasis week on the map: stories behind the pins, hearts, the jury's choice,
//! in Dutch (first), English, Turkish, Arabic and Polish. A catalogue of its own: a missing translation is a compile
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
    use Lang::{Ar, En, Nl, Pl, Tr};
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
        (StoriesTitle, Tr) => "Hikâyeler",
        (StoriesTitle, Ar) => "قصص",
        (StoriesTitle, Pl) => "Opowieści",
        (StoryAdd, Tr) => "Bir şey anlat",
        (StoryAdd, Ar) => "احكِ شيئًا عنه",
        (StoryAdd, Pl) => "Opowiedz coś o tym",
        (StoryText, Tr) => "Bu yerle ilgili senin hikâyen ne?",
        (StoryText, Ar) => "ما قصتك مع هذا المكان؟",
        (StoryText, Pl) => "Jaka jest twoja opowieść o tym miejscu?",
        (StoryName, Tr) => "Adın (boş kalabilir)",
        (StoryName, Ar) => "اسمك الأول (يمكن أن يبقى فارغًا)",
        (StoryName, Pl) => "Twoje imię (może zostać puste)",
        (StoryNameHelp, Tr) => "Adın hikâyenin yanında, herkesin göreceği şekilde durur.",
        (StoryNameHelp, Ar) => "سيظهر اسمك مع قصتك، ليراه الجميع.",
        (StoryNameHelp, Pl) => "Twoje imię będzie przy opowieści, widoczne dla wszystkich.",
        (StoryTalents, Tr) => "Sen ne yapabilirsin ya da ne vermek istersin? (virgülle)",
        (StoryTalents, Ar) => "ماذا تستطيع أن تفعل، أو ماذا تريد أن تعطي؟ (بفواصل)",
        (StoryTalents, Pl) => "Co potrafisz albo co chcesz dać? (po przecinku)",
        (StorySave, Tr) => "Hikâyeyi kaydet",
        (StorySave, Ar) => "احفظ القصة",
        (StorySave, Pl) => "Zapisz opowieść",
        (StoryRemove, Tr) => "Hikâyeyi kaldır",
        (StoryRemove, Ar) => "أزل القصة",
        (StoryRemove, Pl) => "Usuń opowieść",
        (StoryEmpty, Tr) => "Önce birkaç kelime yaz.",
        (StoryEmpty, Ar) => "اكتب بضع كلمات أولًا.",
        (StoryEmpty, Pl) => "Najpierw napisz kilka słów.",
        (HeartGive, Tr) => "Kalp ver",
        (HeartGive, Ar) => "أعطِ قلبًا",
        (HeartGive, Pl) => "Daj serce",
        (HeartTakeBack, Tr) => "Kalbi geri al",
        (HeartTakeBack, Ar) => "استرجع القلب",
        (HeartTakeBack, Pl) => "Cofnij serce",
        (StatusLabel, Tr) => "Bu hayalin durumu",
        (StatusLabel, Ar) => "حالة هذا الحلم",
        (StatusLabel, Pl) => "Stan tego marzenia",
        (Ranking, Tr) => "Hayaller",
        (Ranking, Ar) => "الأحلام",
        (Ranking, Pl) => "Marzenia",
        (RankingTitle, Tr) => "Mahallenin hayalleri, en çok kalp alan en üstte",
        (RankingTitle, Ar) => "أحلام الحي، الأكثر قلوبًا في الأعلى",
        (RankingTitle, Pl) => "Marzenia okolicy, najwięcej serc na górze",
        (NoDreams, Tr) => "Haritada henüz hayal yok.",
        (NoDreams, Ar) => "لا توجد أحلام على الخريطة بعد.",
        (NoDreams, Pl) => "Na mapie nie ma jeszcze marzeń.",
        (Tagline, Tr) => "Her şey zaten burada",
        (Tagline, Ar) => "كل شيء موجود هنا",
        (Tagline, Pl) => "Wszystko już tu jest",
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
        (Lang::Tr, DreamStatus::Dream) => "hayal",
        (Lang::Tr, DreamStatus::Chosen) => "seçildi",
        (Lang::Tr, DreamStatus::Underway) => "yapılıyor",
        (Lang::Tr, DreamStatus::Done) => "gerçek oldu",
        (Lang::Ar, DreamStatus::Dream) => "حلم",
        (Lang::Ar, DreamStatus::Chosen) => "مختار",
        (Lang::Ar, DreamStatus::Underway) => "قيد التنفيذ",
        (Lang::Ar, DreamStatus::Done) => "تحقق",
        (Lang::Pl, DreamStatus::Dream) => "marzenie",
        (Lang::Pl, DreamStatus::Chosen) => "wybrane",
        (Lang::Pl, DreamStatus::Underway) => "w realizacji",
        (Lang::Pl, DreamStatus::Done) => "spełnione",
    }
}

/// How many hearts, as the button says it.
pub fn hearts(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 hartje".into(),
        (Lang::Nl, n) => format!("{n} hartjes"),
        (Lang::En, 1) => "1 heart".into(),
        (Lang::En, n) => format!("{n} hearts"),
        (Lang::Tr, n) => format!("{n} kalp"),
        (Lang::Ar, 1) => "قلب واحد".into(),
        (Lang::Ar, 2) => "قلبان".into(),
        (Lang::Ar, n) => format!("القلوب: {n}"),
        (Lang::Pl, n) => format!(
            "{n} {}",
            crate::i18n::polish_plural(n as u64, "serce", "serca", "serc")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hearts_count_in_each_language() {
        assert_eq!(hearts(Lang::Nl, 1), "1 hartje");
        assert_eq!(hearts(Lang::Tr, 4), "4 kalp");
        assert_eq!(hearts(Lang::Pl, 1), "1 serce");
        assert_eq!(hearts(Lang::Pl, 2), "2 serca");
        assert_eq!(hearts(Lang::Pl, 12), "12 serc");
        assert_eq!(hearts(Lang::Pl, 24), "24 serca");
        assert_eq!(hearts(Lang::Ar, 2), "قلبان");
        assert_eq!(text(Lang::Ar, WeekMsg::HeartGive), "أعطِ قلبًا");
    }
}
