//! The words of joining an event from one's own phone (in all five languages), and of the
//! organiser's drop (Dutch first, and English). A catalogue of its own, like the kiosk's: a missing translation is a
//! compile error.

use crate::domain::join::DropError;
use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JoinMsg {
    /// Settings: the card's title and help.
    DropTitle,
    DropHelp,
    DropUrl,
    DropUser,
    DropPassword,
    DropHold,
    DropSave,
    Publish,
    SnapshotUrl,
    DropSaved,
    LinkLabel,
    LinkCopy,
    LinkCopied,
    NeedsEvent,
    /// Phone: the pin form's choice, and leaving.
    KeepHere,
    Leave,
    /// Phone: a link that cannot be read.
    BadLinkTitle,
    BadLinkText,
    ToMap,
    /// Organiser: contributions waiting for an OK, and hidden pins.
    WaitingTitle,
    Approve,
    Hide,
    Unhide,
    HiddenMark,
    Refused,
}

pub fn text(lang: Lang, msg: JoinMsg) -> &'static str {
    use JoinMsg::*;
    use Lang::{Ar, En, Nl, Pl, Tr};
    match (msg, lang) {
        (DropTitle, Nl) => "Meedoen met je eigen telefoon",
        (DropTitle, En) => "Joining from one's own phone",
        (DropHelp, Nl) => "Bewoners scannen de QR-code op het scherm en zetten hun pins vanaf hun eigen telefoon op de kaart. Die gaan naar een inleverplek waar alleen in geschreven kan worden (de nginx-map /drop/… of een Nextcloud-deellink ‘Bestanden neerzetten’). Jouw wachtwoord geef je zo niet weg.",
        (DropHelp, En) => "Residents scan the QR code on the screen and put their pins on the map from their own phone. Those go to a drop that can only be written to (the nginx folder /drop/… or a Nextcloud ‘File drop’ share link). Your own password stays yours.",
        (DropUrl, Nl) => "Adres van de inleverplek (of de Nextcloud-deellink)",
        (DropUrl, En) => "Address of the drop (or the Nextcloud share link)",
        (DropUser, Nl) => "Gebruikersnaam van de inleverplek (leeg bij een deellink)",
        (DropUser, En) => "User name of the drop (empty for a share link)",
        (DropPassword, Nl) => "Wachtwoord van de inleverplek",
        (DropPassword, En) => "Password of the drop",
        (DropHold, Nl) => "Pins van telefoons pas op het scherm na mijn OK",
        (DropHold, En) => "Pins from phones show on the screen only after my OK",
        (Publish, Nl) => "Telefoons zien ook de pins van iedereen (zonder namen, foto's of andere persoonlijke gegevens; dit apparaat zet ze daarvoor in de map public bij het verzamelpunt)",
        (Publish, En) => "Phones also see everyone's pins (without names, photos or other personal details; this device puts them in the folder public at the collection point)",
        (SnapshotUrl, Nl) => "Openbaar adres van die kaart (bijvoorbeeld /kaart/buurtfeest.geojson)",
        (SnapshotUrl, En) => "Public address of that map (for example /kaart/buurtfeest.geojson)",
        (DropSave, Nl) => "Inleverplek bewaren",
        (DropSave, En) => "Save the drop",
        (DropSaved, Nl) => "Bewaard. De QR-code op het scherm laat telefoons nu meedoen.",
        (DropSaved, En) => "Saved. The QR code on the screen now lets phones join.",
        (LinkLabel, Nl) => "Link om mee te doen (staat ook in de QR-code op het scherm)",
        (LinkLabel, En) => "Link to join (also in the QR code on the screen)",
        (LinkCopy, Nl) => "Link kopiëren",
        (LinkCopy, En) => "Copy link",
        (LinkCopied, Nl) => "Gekopieerd.",
        (LinkCopied, En) => "Copied.",
        (NeedsEvent, Nl) => "Geef eerst bij het verzamelpunt de naam van het evenement op.",
        (NeedsEvent, En) => "First give the event's name at the collection point.",
        (KeepHere, Nl) => "Ook naar het scherm van het evenement sturen",
        (KeepHere, En) => "Also send it to the event's screen",
        (Leave, Nl) => "Niet meer meedoen",
        (Leave, En) => "Stop joining",
        (BadLinkTitle, Nl) => "Deze link werkt niet",
        (BadLinkTitle, En) => "This link does not work",
        (BadLinkText, Nl) => "De link om mee te doen is niet compleet. Scan de QR-code op het scherm nog eens, of vraag de organisator om de link.",
        (BadLinkText, En) => "The link to join is not complete. Scan the QR code on the screen again, or ask the organiser for the link.",
        (ToMap, Nl) => "Naar de kaart",
        (ToMap, En) => "To the map",
        (WaitingTitle, Nl) => "Wacht op je OK voor het scherm",
        (WaitingTitle, En) => "Waiting for your OK for the screen",
        (Approve, Nl) => "OK, op het scherm",
        (Approve, En) => "OK, on the screen",
        (Hide, Nl) => "Niet op het scherm",
        (Hide, En) => "Not on the screen",
        (Unhide, Nl) => "Weer op het scherm",
        (Unhide, En) => "On the screen again",
        (HiddenMark, Nl) => "niet op het scherm",
        (HiddenMark, En) => "not on the screen",
        (Refused, Nl) => "Bestanden via de inleverplek die een pin van iemand anders wilden veranderen, zijn genegeerd:",
        (Refused, En) => "Files through the drop that tried to change someone else's pin were ignored:",
        (_, Tr | Ar | Pl) => neighbour_text(lang, msg),
    }
}

/// A joined phone in Turkish, Arabic or Polish: its pin form, banner and bad-link page, one arm
/// per language; the organiser's drop settings are listed by name and answer in English.
/// Not yet read by native speakers: `crate::i18n::review` marks them `Unchecked`.
fn neighbour_text(lang: Lang, msg: JoinMsg) -> &'static str {
    use JoinMsg::*;
    use Lang::{Ar, En, Nl, Pl, Tr};
    match (msg, lang) {
        (KeepHere, Tr) => "Etkinliğin ekranına da gönder",
        (KeepHere, Ar) => "أرسله أيضًا إلى شاشة الفعالية",
        (KeepHere, Pl) => "Wyślij też na ekran wydarzenia",
        (Leave, Tr) => "Artık katılma",
        (Leave, Ar) => "أوقف المشاركة",
        (Leave, Pl) => "Przestań uczestniczyć",
        (BadLinkTitle, Tr) => "Bu bağlantı çalışmıyor",
        (BadLinkTitle, Ar) => "هذا الرابط لا يعمل",
        (BadLinkTitle, Pl) => "Ten link nie działa",
        (BadLinkText, Tr) => "Katılma bağlantısı eksik. Ekrandaki QR kodunu yeniden tara ya da organizatörden bağlantıyı iste.",
        (BadLinkText, Ar) => "رابط المشاركة غير مكتمل. امسح رمز QR على الشاشة مرة أخرى، أو اطلب الرابط من المنظّم.",
        (BadLinkText, Pl) => "Link do udziału jest niepełny. Zeskanuj jeszcze raz kod QR na ekranie albo poproś organizatora o link.",
        (ToMap, Tr) => "Haritaya git",
        (ToMap, Ar) => "إلى الخريطة",
        (ToMap, Pl) => "Do mapy",
        (
            DropTitle | DropHelp | DropUrl | DropUser | DropPassword | DropHold | DropSave
            | Publish | SnapshotUrl | DropSaved | LinkLabel | LinkCopy | LinkCopied | NeedsEvent
            | WaitingTitle | Approve | Hide | Unhide | HiddenMark | Refused,
            _,
        ) => text(En, msg),
        (_, Nl | En) => text(lang, msg),
    }
}

/// On a phone that joined: which event.
pub fn joined(lang: Lang, event: &str) -> String {
    match lang {
        Lang::Nl => format!("Je doet mee met {event}"),
        Lang::En => format!("You joined {event}"),
        Lang::Tr => format!("{event} etkinliğine katıldın"),
        Lang::Ar => format!("أنت مشارك في {event}"),
        Lang::Pl => format!("Uczestniczysz w: {event}"),
    }
}

/// On a joined phone's pin form: where the pin goes.
pub fn goes_to(lang: Lang, event: &str) -> String {
    match lang {
        Lang::Nl => format!("Na het bewaren gaat deze pin naar {event} en komt hij op het grote scherm. Vink hieronder uit om hem alleen op deze telefoon te houden."),
        Lang::En => format!("Once saved, this pin goes to {event} and onto the big screen. Untick below to keep it on this phone only."),
        Lang::Tr => format!("Kaydedince bu pin {event} etkinliğine ve büyük ekrana gider. Sadece bu telefonda kalsın istersen aşağıdaki işareti kaldır."),
        Lang::Ar => format!("بعد الحفظ يذهب هذا الدبوس إلى {event} ويظهر على الشاشة الكبيرة. أزل العلامة أدناه لإبقائه على هذا الهاتف فقط."),
        Lang::Pl => format!("Po zapisaniu ta pinezka trafi do: {event} i na duży ekran. Odznacz poniżej, aby została tylko na tym telefonie."),
    }
}

/// On a joined phone: how many of its pins arrived, and how many wait.
pub fn sent(lang: Lang, sent: usize, pending: usize) -> String {
    match (lang, pending) {
        (Lang::Nl, 0) => format!("Verstuurd: {sent}"),
        (Lang::Nl, n) => format!("Verstuurd: {sent}, wacht nog: {n}"),
        (Lang::En, 0) => format!("Sent: {sent}"),
        (Lang::En, n) => format!("Sent: {sent}, still waiting: {n}"),
        (Lang::Tr, 0) => format!("Gönderildi: {sent}"),
        (Lang::Tr, n) => format!("Gönderildi: {sent}, bekliyor: {n}"),
        (Lang::Ar, 0) => format!("أُرسل: {sent}"),
        (Lang::Ar, n) => format!("أُرسل: {sent}، ما زال ينتظر: {n}"),
        (Lang::Pl, 0) => format!("Wysłane: {sent}"),
        (Lang::Pl, n) => format!("Wysłane: {sent}, czeka jeszcze: {n}"),
    }
}

/// Why the drop's address was not taken.
pub fn drop_error(lang: Lang, e: &DropError) -> &'static str {
    match (crate::i18n::organiser_lang(lang), e) {
        (Lang::Nl, DropError::Empty) => "Vul het adres van de inleverplek in.",
        (_, DropError::Empty) => "Fill in the drop's address.",
        (Lang::Nl, DropError::NotAnAddress) => "Dit is geen adres van een inleverplek. Het begint met https:// (of met / op deze site).",
        (_, DropError::NotAnAddress) => "This is not a drop's address. It starts with https:// (or with / on this site).",
        (Lang::Nl, DropError::PlainHttp) => "Gebruik https://: over gewoon http kan iedereen op de wifi het wachtwoord lezen.",
        (_, DropError::PlainHttp) => "Use https://: over plain http anyone on the wifi can read the password.",
        (Lang::Nl, DropError::UserInLink) => "Zet de gebruikersnaam niet in het adres maar in het veld eronder.",
        (_, DropError::UserInLink) => "Put the user name in the field below, not in the address.",
    }
}
