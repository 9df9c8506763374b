//! Every visible string, in Dutch (the default) and English, and what residents see also in
//! Turkish, Arabic and Polish.
//!
//! One catalogue, so a missing translation is a compile error: each message is a variant and
//! [`text`] must answer it for every language; organiser messages, listed by name, answer in
//! English for Turkish, Arabic and Polish.

pub use crate::domain::lang::Lang;

pub mod deed;
pub mod join;
pub mod kiosk;
pub mod print;
pub mod week;

/// Whether someone whose first language it is has read a language's words: the catalogues here
/// (`neighbour_text` below, `kiosk.rs`, `join.rs`, `week.rs`) and the symbols' names
/// (`domain::symbols`). The README ("Reviewing a translation") says how a speaker checks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    /// Written and read by speakers of the language.
    Checked,
    /// Written by the team without a native speaker: usable, but not yet read by one.
    Unchecked,
}

/// How far each language's words have been checked (see [`Review`]). A speaker who has read
/// every message of a language turns it to `Checked`, naming themselves in the commit.
pub const fn review(lang: Lang) -> Review {
    match lang {
        Lang::Nl | Lang::En => Review::Checked,
        Lang::Tr | Lang::Ar | Lang::Pl => Review::Unchecked,
    }
}

/// The short name of a pin's kind.
pub fn kind_name(kind: crate::domain::pin::PinKind) -> Msg {
    match kind {
        crate::domain::pin::PinKind::Beauty => Msg::KindBeautyShort,
        crate::domain::pin::PinKind::Place => Msg::KindPlaceShort,
        crate::domain::pin::PinKind::Dream => Msg::KindDreamShort,
    }
}

/// The label of a beauty's category.
pub fn category_label(c: crate::domain::pin::Category) -> Msg {
    match c {
        crate::domain::pin::Category::Art => Msg::CatArt,
        crate::domain::pin::Category::Garden => Msg::CatGarden,
        crate::domain::pin::Category::Vehicle => Msg::CatVehicle,
        crate::domain::pin::Category::Creativity => Msg::CatCreativity,
        crate::domain::pin::Category::Nature => Msg::CatNature,
        crate::domain::pin::Category::People => Msg::CatPeople,
        crate::domain::pin::Category::Other => Msg::CatOther,
    }
}

/// Each visible message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    AppName,
    Tagline,
    NavMap,
    NavList,
    NavKiosk,
    DeleteAsk,
    DeleteConfirm,
    Undo,
    NavWalk,
    NavScreen,
    NavMore,
    Language,
    NavSettings,
    MainMenu,
    MapLabel,
    ZoomIn,
    ZoomOut,
    ListTitle,
    ListEmpty,
    KioskTitle,
    KioskIntro,
    WalkTitle,
    WalkIntro,
    ScreenTitle,
    ScreenIntro,
    ComingSoon,
    BackToMap,
    NotFoundTitle,
    NotFoundText,
    SettingsTitle,
    SettingsBaseMap,
    SettingsBaseMapHelp,
    BaseBrtStandaard,
    BaseBrtGrijs,
    BaseLuchtfoto,
    BaseOsm,
    BaseCustom,
    CustomTemplate,
    CustomTemplateHelp,
    CustomAttribution,
    CustomTemplateInvalid,
    SessionTilesActive,
    SettingsLanguage,
    LangUnchecked,
    Saved,
    AddPin,
    AddHint,
    ChooseKind,
    KindBeauty,
    KindPlace,
    KindDream,
    KindBeautyShort,
    KindPlaceShort,
    KindDreamShort,
    PromptBeauty,
    PromptPlace,
    PromptDream,
    PhotoLabel,
    PhotoBusy,
    PhotoFailed,
    PhotoRemove,
    CategoryLabel,
    CatArt,
    CatGarden,
    CatVehicle,
    CatCreativity,
    CatNature,
    CatPeople,
    CatOther,
    TitleBeauty,
    TitlePlace,
    TitleDream,
    QuoteBeauty,
    QuotePlace,
    QuoteDream,
    NoteLabel,
    NoteDream,
    SymbolLabel,
    DrawOwn,
    DrawHint,
    DrawAgain,
    TalentsLabel,
    ResourcesLabel,
    ListHelp,
    Save,
    Cancel,
    Edit,
    Delete,
    Close,
    Deleted,
    SearchLabel,
    SearchPlaceholder,
    FilterLabel,
    ShowOnMap,
    ListNoMatch,
    ClusterLabel,
    Untitled,
    FixBelow,
    StorageFailed,
    StorageFull,
    DataTitle,
    StoragePersisted,
    StorageNotPersisted,
    ExportTitle,
    ExportHelp,
    ExportGeojson,
    ExportCsv,
    ExportGpx,
    ExportZip,
    ImportTitle,
    ImportHelp,
    ImportKind,
    ImportNotReadable,
    ImportNewer,
    UpdateReady,
    UpdateNow,
    UpdateLater,
    OfflineTitle,
    OfflineHelp,
    OfflineRefused,
    OfflineTooBig,
    OfflineDownload,
    OfflineMaxZoom,
    WalkStart,
    WalkPause,
    WalkResume,
    WalkStop,
    WalkPinHere,
    WalkFollow,
    WalkBackground,
    WalkDenied,
    WalkUnavailable,
    WalkTimeout,
    WalkList,
    WalkRoute,
    WalkNone,
    ScreenTour,
    ScreenTalents,
    ScreenReplay,
    ScreenPause,
    ScreenPlay,
    ScreenNext,
    ScreenPrev,
    ScreenFullscreen,
    ScreenAllDays,
    ScreenJoin,
    ScreenNew,
    ScreenEmpty,
    ScreenAllHere,
    UploadTitle,
    UploadHelp,
    UploadUrl,
    UploadUser,
    UploadPassword,
    UploadEvent,
    UploadSave,
    UploadStop,
    UploadTest,
    UploadNow,
    UploadPull,
    UploadOff,
    UploadHalted,
    UploadSkipped,
    StorageOutdated,
    StorageBlocked,
    OfflineCancel,
    OfflineCancelled,
    OfflineFull,
    OfflineUnavailable,
}

/// The message in the given language.
pub fn text(lang: Lang, msg: Msg) -> &'static str {
    use Lang::{En, Nl};
    use Msg::*;
    match (msg, lang) {
        (AppName, _) => "Oase",
        (Tagline, Nl) => "Alles is er al: de kaart van wat goed is in de buurt",
        (Tagline, En) => "It's all here already: a map of the good things nearby",
        (NavMap, Nl) => "Kaart",
        (NavMap, En) => "Map",
        (NavList, Nl) => "Lijst",
        (NavList, En) => "List",
        (DeleteAsk, Nl) => "Deze pin weghalen? Hij verdwijnt ook op de andere apparaten.",
        (DeleteAsk, En) => "Remove this pin? It goes from the other devices too.",
        (DeleteConfirm, Nl) => "Ja, weghalen",
        (DeleteConfirm, En) => "Yes, remove it",
        (Undo, Nl) => "Ongedaan maken",
        (Undo, En) => "Undo",
        (NavKiosk, Nl) => "Kiosk",
        (NavKiosk, En) => "Kiosk",
        (NavWalk, Nl) => "Wandelen",
        (NavWalk, En) => "Walk",
        (NavScreen, Nl) => "Scherm",
        (NavScreen, En) => "Screen",
        (NavMore, Nl) => "Meer: wandelen, kiosk, scherm",
        (NavMore, En) => "More: walk, kiosk, screen",
        (Language, Nl) => "Taal",
        (Language, En) => "Language",
        (NavSettings, Nl) => "Instellingen",
        (NavSettings, En) => "Settings",
        (MainMenu, Nl) => "Hoofdmenu",
        (MainMenu, En) => "Main menu",
        (MapLabel, Nl) => "Kaart van de buurt. Sleep om te schuiven, pijltjestoetsen schuiven, + en − zoomen. Alle pins staan ook onder elkaar in de Lijst.",
        (MapLabel, En) => "Map of the neighbourhood. Drag to move, arrow keys move, + and − zoom. Every pin is also in the List, one below the other.",
        (ZoomIn, Nl) => "Inzoomen",
        (ZoomIn, En) => "Zoom in",
        (ZoomOut, Nl) => "Uitzoomen",
        (ZoomOut, En) => "Zoom out",
        (ListTitle, Nl) => "Alle pins",
        (ListTitle, En) => "All pins",
        (ListEmpty, Nl) => "Er staan nog geen pins op de kaart.",
        (ListEmpty, En) => "There are no pins on the map yet.",
        (KioskTitle, Nl) => "Kiosk voor een buurtfeest",
        (KioskTitle, En) => "Kiosk for a neighbourhood event",
        (KioskIntro, Nl) => "Hier zetten bewoners op een gedeelde tablet hun pin op de kaart, stap voor stap.",
        (KioskIntro, En) => "Here residents put their pin on the map on a shared tablet, step by step.",
        (WalkTitle, Nl) => "Buurtwandeling",
        (WalkTitle, En) => "Neighbourhood walk",
        (WalkIntro, Nl) => "Hier volg je je eigen plek, leg je de wandeling vast en zet je onderweg pins.",
        (WalkIntro, En) => "Here you follow where you are, record the walk and pin on the way.",
        (ScreenTitle, Nl) => "Feestscherm",
        (ScreenTitle, En) => "Celebration screen",
        (ScreenIntro, Nl) => "Hier toont de kaart op een groot scherm wat de buurt samen gevonden heeft.",
        (ScreenIntro, En) => "Here the map shows on a big screen what the neighbourhood found together.",
        (ComingSoon, Nl) => "Deze stand komt binnenkort.",
        (ComingSoon, En) => "This mode is coming soon.",
        (BackToMap, Nl) => "Terug naar de kaart",
        (BackToMap, En) => "Back to the map",
        (NotFoundTitle, Nl) => "Deze pagina bestaat niet",
        (NotFoundTitle, En) => "This page does not exist",
        (NotFoundText, Nl) => "Misschien is het adres verkeerd overgetypt.",
        (NotFoundText, En) => "Perhaps the address was mistyped.",
        (SettingsTitle, Nl) => "Instellingen",
        (SettingsTitle, En) => "Settings",
        (SettingsBaseMap, Nl) => "Ondergrond",
        (SettingsBaseMap, En) => "Base map",
        (SettingsBaseMapHelp, Nl) => "De kaart onder de pins. Deze keuze geldt voor dit apparaat.",
        (SettingsBaseMapHelp, En) => "The map under the pins. This choice is for this device.",
        (BaseBrtStandaard, Nl) => "Topografische kaart (PDOK)",
        (BaseBrtStandaard, En) => "Topographic map (PDOK)",
        (BaseBrtGrijs, Nl) => "Grijze kaart (PDOK)",
        (BaseBrtGrijs, En) => "Grey map (PDOK)",
        (BaseLuchtfoto, Nl) => "Luchtfoto (PDOK)",
        (BaseLuchtfoto, En) => "Aerial photo (PDOK)",
        (BaseOsm, Nl) => "OpenStreetMap",
        (BaseOsm, En) => "OpenStreetMap",
        (BaseCustom, Nl) => "Eigen kaartadres",
        (BaseCustom, En) => "Own map address",
        (CustomTemplate, Nl) => "Adres van de kaarttegels",
        (CustomTemplate, En) => "Tile address",
        (CustomTemplateHelp, Nl) => "Met {z}, {x} en {y}, bijvoorbeeld https://tegels.voorbeeld.nl/{z}/{x}/{y}.png",
        (CustomTemplateHelp, En) => "With {z}, {x} and {y}, for example https://tiles.example.org/{z}/{x}/{y}.png",
        (CustomAttribution, Nl) => "Bronvermelding van die kaart",
        (CustomAttribution, En) => "Credit line for that map",
        (CustomTemplateInvalid, Nl) => "Dit adres werkt niet: het moet met http:// of https:// beginnen en {z}, {x} en {y} bevatten. Tot het klopt, toont de kaart de topografische kaart.",
        (CustomTemplateInvalid, En) => "This address won't work: it must start with http:// or https:// and contain {z}, {x} and {y}. Until it does, the map shows the topographic map.",
        (SessionTilesActive, Nl) => "Voor deze sessie komen de kaarttegels van een adres uit de link:",
        (SessionTilesActive, En) => "For this session the tiles come from an address in the link:",
        (SettingsLanguage, Nl) => "Taal",
        (SettingsLanguage, En) => "Language",
        (LangUnchecked, Nl) => "Deze vertaling heeft nog niemand nagelezen die de taal als moedertaal spreekt. Wie dat wil doen: zie de README.",
        (LangUnchecked, En) => "Nobody whose first language this is has read this translation yet. To help: see the README.",
        (Saved, Nl) => "Bewaard",
        (Saved, En) => "Saved",
        (AddPin, Nl) => "Pin toevoegen",
        (AddPin, En) => "Add a pin",
        (AddHint, Nl) => "Schuif de kaart tot het kruisje op de plek staat, en kies wat je wilt delen.",
        (AddHint, En) => "Move the map until the cross is on the spot, then choose what to share.",
        (ChooseKind, Nl) => "Wat wil je delen?",
        (ChooseKind, En) => "What would you like to share?",
        (KindBeauty, Nl) => "Iets moois",
        (KindBeauty, En) => "Something beautiful",
        (KindPlace, Nl) => "Een plek die iets betekent",
        (KindPlace, En) => "A place that matters",
        (KindDream, Nl) => "Een droom",
        (KindDream, En) => "A dream",
        (KindBeautyShort, Nl) => "Mooi",
        (KindBeautyShort, En) => "Beauty",
        (KindPlaceShort, Nl) => "Plek",
        (KindPlaceShort, En) => "Place",
        (KindDreamShort, Nl) => "Droom",
        (KindDreamShort, En) => "Dream",
        (PromptBeauty, Nl) => "Wat vind jij hier mooi?",
        (PromptBeauty, En) => "What do you find beautiful here?",
        (PromptPlace, Nl) => "Welke plek betekent iets voor jou?",
        (PromptPlace, En) => "Which place means something to you?",
        (PromptDream, Nl) => "Waar droom je van?",
        (PromptDream, En) => "What do you dream of?",
        (PhotoLabel, Nl) => "Foto (hoeft niet)",
        (PhotoLabel, En) => "Photo (optional)",
        (PhotoBusy, Nl) => "De foto wordt klaargemaakt…",
        (PhotoBusy, En) => "Preparing the photo…",
        (PhotoFailed, Nl) => "Deze foto kon niet gelezen worden. Probeer een andere.",
        (PhotoFailed, En) => "This photo could not be read. Try another one.",
        (PhotoRemove, Nl) => "Foto weghalen",
        (PhotoRemove, En) => "Remove photo",
        (CategoryLabel, Nl) => "Wat voor moois is het?",
        (CategoryLabel, En) => "What kind of beauty is it?",
        (CatArt, Nl) => "Kunst",
        (CatArt, En) => "Art",
        (CatGarden, Nl) => "Tuin",
        (CatGarden, En) => "Garden",
        (CatVehicle, Nl) => "Voertuig",
        (CatVehicle, En) => "Vehicle",
        (CatCreativity, Nl) => "Creativiteit",
        (CatCreativity, En) => "Creativity",
        (CatNature, Nl) => "Natuur",
        (CatNature, En) => "Nature",
        (CatPeople, Nl) => "Mensen",
        (CatPeople, En) => "People",
        (CatOther, Nl) => "Iets anders",
        (CatOther, En) => "Something else",
        (TitleBeauty, Nl) => "Wat is het?",
        (TitleBeauty, En) => "What is it?",
        (TitlePlace, Nl) => "Hoe heet deze plek voor jou?",
        (TitlePlace, En) => "What do you call this place?",
        (TitleDream, Nl) => "Je droom in een paar woorden",
        (TitleDream, En) => "Your dream in a few words",
        (QuoteBeauty, Nl) => "Waarom is het mooi?",
        (QuoteBeauty, En) => "Why is it beautiful?",
        (QuotePlace, Nl) => "Wat zegt deze plek je? Een zin of een citaat",
        (QuotePlace, En) => "What does this place tell you? A sentence or a quote",
        (QuoteDream, Nl) => "Hoe ziet het eruit als het waar wordt?",
        (QuoteDream, En) => "What does it look like when it comes true?",
        (NoteLabel, Nl) => "Wil je er meer over vertellen? (hoeft niet)",
        (NoteLabel, En) => "Anything more to tell? (optional)",
        (NoteDream, Nl) => "Wat is er nodig?",
        (NoteDream, En) => "What is needed?",
        (SymbolLabel, Nl) => "Kies een symbool, of teken er zelf een",
        (SymbolLabel, En) => "Choose a symbol, or draw your own",
        (DrawOwn, Nl) => "Zelf tekenen",
        (DrawOwn, En) => "Draw your own",
        (DrawHint, Nl) => "Teken met je vinger of de muis",
        (DrawHint, En) => "Draw with your finger or the mouse",
        (DrawAgain, Nl) => "Opnieuw",
        (DrawAgain, En) => "Start again",
        (TalentsLabel, Nl) => "Talenten: wie kan wat?",
        (TalentsLabel, En) => "Talents: who can do what?",
        (ResourcesLabel, Nl) => "Middelen: wat is er al?",
        (ResourcesLabel, En) => "Resources: what is already there?",
        (ListHelp, Nl) => "Scheid met komma's, bijvoorbeeld: koken, timmeren, Fatima",
        (ListHelp, En) => "Separate with commas, for example: cooking, carpentry, Fatima",
        (Save, Nl) => "Bewaren",
        (Save, En) => "Save",
        (Cancel, Nl) => "Annuleren",
        (Cancel, En) => "Cancel",
        (Edit, Nl) => "Aanpassen",
        (Edit, En) => "Edit",
        (Delete, Nl) => "Weghalen",
        (Delete, En) => "Remove",
        (Close, Nl) => "Sluiten",
        (Close, En) => "Close",
        (Deleted, Nl) => "De pin is weggehaald.",
        (Deleted, En) => "The pin has been removed.",
        (SearchLabel, Nl) => "Zoeken",
        (SearchLabel, En) => "Search",
        (SearchPlaceholder, Nl) => "Zoek in titels, woorden, talenten…",
        (SearchPlaceholder, En) => "Search titles, words, talents…",
        (FilterLabel, Nl) => "Laat zien",
        (FilterLabel, En) => "Show",
        (ShowOnMap, Nl) => "Toon op de kaart",
        (ShowOnMap, En) => "Show on the map",
        (ListNoMatch, Nl) => "Geen pins die hierbij passen.",
        (ListNoMatch, En) => "No pins match.",
        (ClusterLabel, Nl) => "pins bij elkaar; tik om in te zoomen",
        (ClusterLabel, En) => "pins together; tap to zoom in",
        (Untitled, Nl) => "Zonder titel",
        (Untitled, En) => "Untitled",
        (FixBelow, Nl) => "Er klopt nog iets niet:",
        (FixBelow, En) => "Something is not right yet:",
        (StorageFailed, Nl) => "Bewaren op dit apparaat lukt niet. Je pins blijven alleen tot je deze pagina sluit: exporteer ze bij Instellingen.",
        (StorageFailed, En) => "Saving on this device does not work. Your pins only last until you close this page: export them in Settings.",
        (StorageFull, Nl) => "Het geheugen van dit apparaat is vol. Nieuwe pins blijven alleen tot je deze pagina sluit: exporteer ze bij Instellingen.",
        (DataTitle, Nl) => "Gegevens op dit apparaat",
        (DataTitle, En) => "Data on this device",
        (StoragePersisted, Nl) => "De browser bewaart de pins blijvend op dit apparaat.",
        (StoragePersisted, En) => "The browser keeps the pins on this device for good.",
        (StorageNotPersisted, Nl) => "De browser mag de pins opruimen als het apparaat vol raakt. Exporteer ze af en toe, dan raak je niets kwijt.",
        (StorageNotPersisted, En) => "The browser may clear the pins when the device runs out of space. Export them now and then, so nothing is lost.",
        (ExportTitle, Nl) => "Exporteren",
        (ExportTitle, En) => "Export",
        (ExportHelp, Nl) => "Een bestand met alle pins, om te bewaren of op een ander apparaat in te lezen. GeoJSON is het bestand dat kaartprogramma's lezen (Oase, uMap, QGIS); GPX is het bestand van GPS-apparaten en wandelapps; CSV opent in een spreadsheet.",
        (ExportHelp, En) => "A file with every pin, to keep or to read on another device. GeoJSON is the file map programs read (Oase, uMap, QGIS); GPX is the file of GPS devices and walking apps; CSV opens in a spreadsheet.",
        (ExportGeojson, Nl) => "GeoJSON downloaden",
        (ExportGeojson, En) => "Download GeoJSON",
        (ExportCsv, Nl) => "CSV voor een spreadsheet",
        (ExportCsv, En) => "CSV for a spreadsheet",
        (ExportGpx, Nl) => "GPX voor een GPS",
        (ExportGpx, En) => "GPX for a GPS",
        (ExportZip, Nl) => "GeoJSON met foto's (zip)",
        (ExportZip, En) => "GeoJSON with photos (zip)",
        (ImportTitle, Nl) => "Inlezen",
        (ImportTitle, En) => "Import",
        (ImportHelp, Nl) => "Een bestand van Oase of een ander programma: GeoJSON, CSV (een spreadsheet met kolommen voor breedte- en lengtegraad) of GPX. Pins die er al zijn, worden bijgewerkt als het bestand nieuwer is; niets komt dubbel. Klopt er iets niet in het bestand, dan verandert er niets.",
        (ImportHelp, En) => "A file from Oase or another program: GeoJSON, CSV (a spreadsheet with latitude and longitude columns) or GPX. Pins already here are updated when the file is newer; nothing is doubled. If anything in the file is wrong, nothing changes.",
        (ImportKind, Nl) => "Punten uit andere programma's worden:",
        (ImportKind, En) => "Points from other programs become:",
        (ImportNotReadable, Nl) => "Dit bestand kan Oase niet lezen: het is geen GeoJSON, CSV of GPX met punten.",
        (ImportNotReadable, En) => "Oase cannot read this file: it is not GeoJSON, CSV or GPX with points.",
        (ImportNewer, Nl) => "Dit bestand komt uit een nieuwere versie van Oase. Werk de app bij en probeer het opnieuw.",
        (ImportNewer, En) => "This file comes from a newer version of Oase. Update the app and try again.",
        (StorageFull, En) => "This device's storage is full. New pins only last until you close this page: export them in Settings.",
        (UpdateReady, Nl) => "Er is een nieuwe versie van Oase. Je pins blijven gewoon bewaard.",
        (UpdateReady, En) => "A new version of Oase is ready. Your pins stay as they are.",
        (UpdateNow, Nl) => "Nu bijwerken",
        (UpdateNow, En) => "Update now",
        (UpdateLater, Nl) => "Later",
        (UpdateLater, En) => "Later",
        (OfflineTitle, Nl) => "Kaart zonder internet",
        (OfflineTitle, En) => "Map without internet",
        (OfflineHelp, Nl) => "Is er op de plek van het feest geen goed internet? Haal dan van tevoren de kaart binnen van het gebied dat nu op de kaart staat. De app en de pins werken altijd zonder internet; de kaartdelen die je al zag ook.",
        (OfflineHelp, En) => "No good internet where the event is? Fetch the map of the area now shown on the map beforehand. The app and the pins always work without internet, and so do the map parts you have already seen.",
        (OfflineRefused, Nl) => "De kaartserver van OpenStreetMap staat het binnenhalen van hele gebieden niet toe (zijn gebruiksregels). Kies hierboven een PDOK-kaart of je eigen kaartserver om een gebied binnen te halen.",
        (OfflineRefused, En) => "OpenStreetMap's tile server does not allow fetching whole areas (its usage policy). Choose a PDOK map or your own tile server above to fetch an area.",
        (OfflineTooBig, Nl) => "Dat zijn te veel kaartdelen. Zoom op de kaart verder in op het gebied van het feest, of kies een lager zoomniveau.",
        (OfflineTooBig, En) => "That is too many map tiles. Zoom the map in on the event's area, or choose a lower zoom level.",
        (OfflineMaxZoom, Nl) => "Tot en met zoomniveau (hoger is meer detail)",
        (OfflineMaxZoom, En) => "Up to zoom level (higher is more detail)",
        (WalkStart, Nl) => "Begin de wandeling",
        (WalkStart, En) => "Start the walk",
        (WalkPause, Nl) => "Pauze",
        (WalkPause, En) => "Pause",
        (WalkResume, Nl) => "Verder",
        (WalkResume, En) => "Resume",
        (WalkStop, Nl) => "Klaar",
        (WalkStop, En) => "Finish",
        (WalkPinHere, Nl) => "Pin hier",
        (WalkPinHere, En) => "Pin here",
        (WalkFollow, Nl) => "Volg mij",
        (WalkFollow, En) => "Follow me",
        (WalkBackground, Nl) => "Houd dit scherm open: op de achtergrond houden browsers je plek niet bij.",
        (WalkBackground, En) => "Keep this screen open: browsers stop tracking your position in the background.",
        (WalkDenied, Nl) => "Oase mag je plek niet zien. Sta locatie toe voor deze site in je browser. Pins zetten kan ook met de hand: schuif de kaart en tik op +.",
        (WalkDenied, En) => "Oase may not see your position. Allow location for this site in your browser. You can also place pins by hand: move the map and tap +.",
        (WalkUnavailable, Nl) => "Je plek is nu niet te bepalen (geen GPS-ontvangst?). Pins zetten kan ook met de hand: schuif de kaart en tik op +.",
        (WalkUnavailable, En) => "Your position cannot be found right now (no GPS signal?). You can also place pins by hand: move the map and tap +.",
        (WalkTimeout, Nl) => "Het bepalen van je plek duurt lang. Ga even naar buiten of wacht; pins zetten kan ook met de hand.",
        (WalkTimeout, En) => "Finding your position takes long. Step outside or wait; you can also place pins by hand.",
        (WalkList, Nl) => "Wandelingen",
        (WalkList, En) => "Walks",
        (WalkRoute, Nl) => "Een route om te volgen (GPX: het routebestand van een wandel- of fietsapp)",
        (WalkRoute, En) => "A route to follow (GPX: the route file of a walking or cycling app)",
        (WalkNone, Nl) => "Nog geen wandelingen.",
        (WalkNone, En) => "No walks yet.",
        (ScreenTour, Nl) => "Rondleiding",
        (ScreenTour, En) => "Tour",
        (ScreenTalents, Nl) => "Alles is er al",
        (ScreenTalents, En) => "It's all here",
        (ScreenReplay, Nl) => "Terugkijken",
        (ScreenReplay, En) => "Replay",
        (ScreenPause, Nl) => "Pauze",
        (ScreenPause, En) => "Pause",
        (ScreenPlay, Nl) => "Verder",
        (ScreenPlay, En) => "Play",
        (ScreenNext, Nl) => "Volgende",
        (ScreenNext, En) => "Next",
        (ScreenPrev, Nl) => "Vorige",
        (ScreenPrev, En) => "Previous",
        (ScreenFullscreen, Nl) => "Volledig scherm",
        (ScreenFullscreen, En) => "Full screen",
        (ScreenAllDays, Nl) => "Alle dagen",
        (ScreenAllDays, En) => "All days",
        (ScreenJoin, Nl) => "Doe mee met je telefoon",
        (ScreenJoin, En) => "Join in with your phone",
        (ScreenNew, Nl) => "nieuw",
        (ScreenNew, En) => "new",
        (ScreenEmpty, Nl) => "Nog geen pins. Wie zet de eerste op de kaart?",
        (ScreenEmpty, En) => "No pins yet. Who puts the first one on the map?",
        (ScreenAllHere, Nl) => "Dit brengt de buurt mee voor haar dromen",
        (ScreenAllHere, En) => "What the neighbourhood brings for its dreams",
        (UploadTitle, Nl) => "Verzamelpunt",
        (UploadTitle, En) => "Collection point",
        (UploadHelp, Nl) => "Wil je de pins van alle tablets en telefoons bij elkaar? Stel dan een WebDAV-map in, bijvoorbeeld een gedeelde Nextcloud-map. WebDAV is een manier om via internet bestanden in een map op een server te zetten; Nextcloud en de meeste webservers kunnen het. Het hoeft niet: zonder verzamelpunt gaat er niets van dit apparaat af.",
        (UploadHelp, En) => "Want the pins of all tablets and phones together? Set a WebDAV folder, a shared Nextcloud folder for example. WebDAV is a way to put files in a folder on a server over the internet; Nextcloud and most web servers speak it. It is optional: without a collection point nothing leaves this device.",
        (UploadUrl, Nl) => "Adres van de map (WebDAV)",
        (UploadUrl, En) => "Address of the folder (WebDAV)",
        (UploadUser, Nl) => "Gebruikersnaam",
        (UploadUser, En) => "User name",
        (UploadPassword, Nl) => "Wachtwoord of token (blijft op dit apparaat)",
        (UploadPassword, En) => "Password or token (stays on this device)",
        (UploadEvent, Nl) => "Naam van het evenement",
        (UploadEvent, En) => "Name of the event",
        (UploadSave, Nl) => "Opslaan en pins versturen",
        (UploadSave, En) => "Save and send pins",
        (UploadStop, Nl) => "Niet meer versturen",
        (UploadStop, En) => "Stop sending",
        (UploadTest, Nl) => "Verbinding testen",
        (UploadTest, En) => "Test connection",
        (UploadNow, Nl) => "Nu versturen",
        (UploadNow, En) => "Send now",
        (UploadPull, Nl) => "Ook de pins van andere apparaten ophalen (voor het scherm bij het feest)",
        (UploadPull, En) => "Also fetch other devices' pins (for the screen at the celebration)",
        (UploadOff, Nl) => "Er is geen verzamelpunt ingesteld: alles blijft op dit apparaat.",
        (UploadOff, En) => "No collection point is set: everything stays on this device.",
        (StorageOutdated, Nl) => "Oase is in een ander tabblad bijgewerkt. Laad deze pagina opnieuw om verder te gaan; wat hier al bewaard is, blijft.",
        (StorageOutdated, En) => "Oase was updated in another tab. Reload this page to carry on; what was saved here stays.",
        (StorageBlocked, Nl) => "Oase is nog open in een ander tabblad met een oudere versie. Sluit dat tabblad of laad het opnieuw.",
        (StorageBlocked, En) => "Oase is still open in another tab with an older version. Close that tab or reload it.",
        (UploadSkipped, Nl) => "Deze bestanden op het verzamelpunt zijn niet overgenomen, omdat ze geen geldige pin zijn. Iemand met het wachtwoord heeft ze daar gezet; kijk ze na of haal ze weg.",
        (UploadSkipped, En) => "These files at the collection point were not taken in, because they are not valid pins. Someone with the password put them there; check them or remove them.",
        (UploadHalted, Nl) => "Oase is gestopt met proberen, zodat de server dit apparaat niet blokkeert. Niets gaat verloren: pas de instellingen aan en druk op \u{201c}Nu versturen\u{201d}.",
        (UploadHalted, En) => "Oase has stopped trying, so the server does not block this device. Nothing is lost: correct the settings and press \u{201c}Send now\u{201d}.",
        (OfflineDownload, Nl) => "Kaart binnenhalen",
        (OfflineDownload, En) => "Fetch the map",
        (OfflineCancel, Nl) => "Stoppen",
        (OfflineCancel, En) => "Stop",
        (OfflineCancelled, Nl) => "Gestopt. Wat al binnen was, blijft bewaard.",
        (OfflineCancelled, En) => "Stopped. What was fetched is kept.",
        (OfflineFull, Nl) => "Het geheugen van dit apparaat is vol; niet alle kaartdelen passen. Kies een kleiner gebied.",
        (OfflineFull, En) => "This device's storage is full; not all map tiles fit. Choose a smaller area.",
        (OfflineUnavailable, Nl) => "Deze browser kan hier geen kaartdelen bewaren (alleen via https of op deze computer zelf).",
        (OfflineUnavailable, En) => "This browser cannot keep map tiles here (only over https or on this computer itself).",
        (_, Lang::Tr | Lang::Ar | Lang::Pl) => neighbour_text(lang, msg),
    }
}

/// The message in Turkish, Arabic or Polish. Everything a resident sees is here, one arm per
/// language, so a missing translation is a compile error; organiser screens are listed by name
/// and answer in English. Not yet read by native speakers: [`review`] marks them `Unchecked`.
fn neighbour_text(lang: Lang, msg: Msg) -> &'static str {
    use Lang::{Ar, En, Nl, Pl, Tr};
    use Msg::*;
    match (msg, lang) {
        (AppName, _) => "Oase",
        (Tagline, Tr) => "Her şey zaten burada: mahalledeki güzel şeylerin haritası",
        (Tagline, Ar) => "كل شيء موجود هنا: خريطة الأشياء الجميلة في الحي",
        (Tagline, Pl) => "Wszystko już tu jest: mapa dobrych rzeczy w okolicy",
        (NavMap, Tr) => "Harita",
        (NavMap, Ar) => "الخريطة",
        (NavMap, Pl) => "Mapa",
        (NavList, Tr) => "Liste",
        (NavList, Ar) => "القائمة",
        (NavList, Pl) => "Lista",
        (DeleteAsk, Tr) => "Bu pin kaldırılsın mı? Diğer cihazlardan da kalkar.",
        (DeleteAsk, Ar) => "هل تريد إزالة هذا الدبوس؟ سيختفي من الأجهزة الأخرى أيضًا.",
        (DeleteAsk, Pl) => "Usunąć tę pinezkę? Zniknie też z innych urządzeń.",
        (DeleteConfirm, Tr) => "Evet, kaldır",
        (DeleteConfirm, Ar) => "نعم، أزله",
        (DeleteConfirm, Pl) => "Tak, usuń",
        (Undo, Tr) => "Geri al",
        (Undo, Ar) => "تراجع",
        (Undo, Pl) => "Cofnij",
        (NavKiosk, Tr) => "Kiosk",
        (NavKiosk, Ar) => "الكشك",
        (NavKiosk, Pl) => "Kiosk",
        (NavWalk, Tr) => "Yürüyüş",
        (NavWalk, Ar) => "نزهة",
        (NavWalk, Pl) => "Spacer",
        (NavScreen, Tr) => "Ekran",
        (NavScreen, Ar) => "الشاشة",
        (NavScreen, Pl) => "Ekran",
        (NavMore, Tr) => "Daha fazla: yürüyüş, kiosk, ekran",
        (NavMore, Ar) => "المزيد: نزهة، كشك، شاشة",
        (NavMore, Pl) => "Więcej: spacer, kiosk, ekran",
        (Language, Tr) => "Dil",
        (Language, Ar) => "اللغة",
        (Language, Pl) => "Język",
        (NavSettings, Tr) => "Ayarlar",
        (NavSettings, Ar) => "الإعدادات",
        (NavSettings, Pl) => "Ustawienia",
        (MainMenu, Tr) => "Ana menü",
        (MainMenu, Ar) => "القائمة الرئيسية",
        (MainMenu, Pl) => "Menu główne",
        (MapLabel, Tr) => "Mahallenin haritası. Kaydırmak için sürükle, ok tuşları kaydırır, + ve − yakınlaştırır. Tüm pinler alt alta Liste'de de var.",
        (MapLabel, Ar) => "خريطة الحي. اسحب للتحريك، وأسهم لوحة المفاتيح تحرّك، و+ و− للتكبير والتصغير. كل الدبابيس موجودة أيضًا واحدًا تحت الآخر في القائمة.",
        (MapLabel, Pl) => "Mapa okolicy. Przeciągnij, aby przesunąć, strzałki przesuwają, + i − przybliżają. Wszystkie pinezki są też jedna pod drugą na Liście.",
        (ZoomIn, Tr) => "Yakınlaştır",
        (ZoomIn, Ar) => "تكبير",
        (ZoomIn, Pl) => "Przybliż",
        (ZoomOut, Tr) => "Uzaklaştır",
        (ZoomOut, Ar) => "تصغير",
        (ZoomOut, Pl) => "Oddal",
        (ListTitle, Tr) => "Tüm pinler",
        (ListTitle, Ar) => "كل الدبابيس",
        (ListTitle, Pl) => "Wszystkie pinezki",
        (ListEmpty, Tr) => "Haritada henüz pin yok.",
        (ListEmpty, Ar) => "لا توجد دبابيس على الخريطة بعد.",
        (ListEmpty, Pl) => "Na mapie nie ma jeszcze pinezek.",
        (BackToMap, Tr) => "Haritaya dön",
        (BackToMap, Ar) => "العودة إلى الخريطة",
        (BackToMap, Pl) => "Wróć do mapy",
        (NotFoundTitle, Tr) => "Bu sayfa yok",
        (NotFoundTitle, Ar) => "هذه الصفحة غير موجودة",
        (NotFoundTitle, Pl) => "Ta strona nie istnieje",
        (NotFoundText, Tr) => "Belki adres yanlış yazıldı.",
        (NotFoundText, Ar) => "ربما كُتب العنوان بشكل خاطئ.",
        (NotFoundText, Pl) => "Może adres został źle wpisany.",
        (Saved, Tr) => "Kaydedildi",
        (Saved, Ar) => "تم الحفظ",
        (Saved, Pl) => "Zapisano",
        (AddPin, Tr) => "Pin ekle",
        (AddPin, Ar) => "أضف دبوسًا",
        (AddPin, Pl) => "Dodaj pinezkę",
        (AddHint, Tr) => "Artı işareti doğru yere gelene kadar haritayı kaydır, sonra ne paylaşmak istediğini seç.",
        (AddHint, Ar) => "حرّك الخريطة حتى تقع العلامة على المكان، ثم اختر ما تريد مشاركته.",
        (AddHint, Pl) => "Przesuń mapę, aż krzyżyk będzie na miejscu, i wybierz, czym chcesz się podzielić.",
        (ChooseKind, Tr) => "Ne paylaşmak istersin?",
        (ChooseKind, Ar) => "ماذا تريد أن تشارك؟",
        (ChooseKind, Pl) => "Czym chcesz się podzielić?",
        (KindBeauty, Tr) => "Güzel bir şey",
        (KindBeauty, Ar) => "شيء جميل",
        (KindBeauty, Pl) => "Coś pięknego",
        (KindPlace, Tr) => "Anlamlı bir yer",
        (KindPlace, Ar) => "مكان له معنى",
        (KindPlace, Pl) => "Ważne miejsce",
        (KindDream, Tr) => "Bir hayal",
        (KindDream, Ar) => "حلم",
        (KindDream, Pl) => "Marzenie",
        (KindBeautyShort, Tr) => "Güzel",
        (KindBeautyShort, Ar) => "جميل",
        (KindBeautyShort, Pl) => "Piękno",
        (KindPlaceShort, Tr) => "Yer",
        (KindPlaceShort, Ar) => "مكان",
        (KindPlaceShort, Pl) => "Miejsce",
        (KindDreamShort, Tr) => "Hayal",
        (KindDreamShort, Ar) => "حلم",
        (KindDreamShort, Pl) => "Marzenie",
        (PromptBeauty, Tr) => "Burada neyi güzel buluyorsun?",
        (PromptBeauty, Ar) => "ما الذي تراه جميلًا هنا؟",
        (PromptBeauty, Pl) => "Co tu jest dla ciebie piękne?",
        (PromptPlace, Tr) => "Senin için hangi yer önemli?",
        (PromptPlace, Ar) => "أي مكان يعني لك شيئًا؟",
        (PromptPlace, Pl) => "Które miejsce coś dla ciebie znaczy?",
        (PromptDream, Tr) => "Neyin hayalini kuruyorsun?",
        (PromptDream, Ar) => "بماذا تحلم؟",
        (PromptDream, Pl) => "O czym marzysz?",
        (PhotoLabel, Tr) => "Fotoğraf (şart değil)",
        (PhotoLabel, Ar) => "صورة (اختياري)",
        (PhotoLabel, Pl) => "Zdjęcie (nie musi być)",
        (PhotoBusy, Tr) => "Fotoğraf hazırlanıyor…",
        (PhotoBusy, Ar) => "جارٍ تجهيز الصورة…",
        (PhotoBusy, Pl) => "Przygotowuję zdjęcie…",
        (PhotoFailed, Tr) => "Bu fotoğraf okunamadı. Başka birini dene.",
        (PhotoFailed, Ar) => "تعذّرت قراءة هذه الصورة. جرّب صورة أخرى.",
        (PhotoFailed, Pl) => "Nie udało się odczytać tego zdjęcia. Spróbuj innego.",
        (PhotoRemove, Tr) => "Fotoğrafı kaldır",
        (PhotoRemove, Ar) => "أزل الصورة",
        (PhotoRemove, Pl) => "Usuń zdjęcie",
        (CategoryLabel, Tr) => "Nasıl bir güzellik?",
        (CategoryLabel, Ar) => "ما نوع هذا الجمال؟",
        (CategoryLabel, Pl) => "Jakie to piękno?",
        (CatArt, Tr) => "Sanat",
        (CatArt, Ar) => "فن",
        (CatArt, Pl) => "Sztuka",
        (CatGarden, Tr) => "Bahçe",
        (CatGarden, Ar) => "حديقة",
        (CatGarden, Pl) => "Ogród",
        (CatVehicle, Tr) => "Araç",
        (CatVehicle, Ar) => "مركبة",
        (CatVehicle, Pl) => "Pojazd",
        (CatCreativity, Tr) => "Yaratıcılık",
        (CatCreativity, Ar) => "إبداع",
        (CatCreativity, Pl) => "Twórczość",
        (CatNature, Tr) => "Doğa",
        (CatNature, Ar) => "طبيعة",
        (CatNature, Pl) => "Przyroda",
        (CatPeople, Tr) => "İnsanlar",
        (CatPeople, Ar) => "ناس",
        (CatPeople, Pl) => "Ludzie",
        (CatOther, Tr) => "Başka bir şey",
        (CatOther, Ar) => "شيء آخر",
        (CatOther, Pl) => "Coś innego",
        (TitleBeauty, Tr) => "Bu ne?",
        (TitleBeauty, Ar) => "ما هذا؟",
        (TitleBeauty, Pl) => "Co to jest?",
        (TitlePlace, Tr) => "Bu yere sen ne diyorsun?",
        (TitlePlace, Ar) => "ماذا تسمّي هذا المكان؟",
        (TitlePlace, Pl) => "Jak nazywasz to miejsce?",
        (TitleDream, Tr) => "Birkaç kelimeyle hayalin",
        (TitleDream, Ar) => "حلمك في كلمات قليلة",
        (TitleDream, Pl) => "Twoje marzenie w kilku słowach",
        (QuoteBeauty, Tr) => "Neden güzel?",
        (QuoteBeauty, Ar) => "لماذا هو جميل؟",
        (QuoteBeauty, Pl) => "Dlaczego jest piękne?",
        (QuotePlace, Tr) => "Bu yer sana ne anlatıyor? Bir cümle ya da bir söz",
        (QuotePlace, Ar) => "ماذا يقول لك هذا المكان؟ جملة أو اقتباس",
        (QuotePlace, Pl) => "Co mówi ci to miejsce? Zdanie albo cytat",
        (QuoteDream, Tr) => "Gerçek olduğunda nasıl görünür?",
        (QuoteDream, Ar) => "كيف سيبدو عندما يتحقق؟",
        (QuoteDream, Pl) => "Jak to wygląda, gdy się spełni?",
        (NoteLabel, Tr) => "Anlatmak istediğin başka bir şey var mı? (şart değil)",
        (NoteLabel, Ar) => "هل تريد أن تحكي أكثر؟ (اختياري)",
        (NoteLabel, Pl) => "Chcesz opowiedzieć więcej? (nie musisz)",
        (NoteDream, Tr) => "Neye ihtiyaç var?",
        (NoteDream, Ar) => "ما الذي نحتاجه؟",
        (NoteDream, Pl) => "Czego potrzeba?",
        (SymbolLabel, Tr) => "Bir simge seç ya da kendin çiz",
        (SymbolLabel, Ar) => "اختر رمزًا أو ارسم رمزك بنفسك",
        (SymbolLabel, Pl) => "Wybierz symbol albo narysuj własny",
        (DrawOwn, Tr) => "Kendin çiz",
        (DrawOwn, Ar) => "ارسم بنفسك",
        (DrawOwn, Pl) => "Narysuj sam",
        (DrawHint, Tr) => "Parmağınla ya da fareyle çiz",
        (DrawHint, Ar) => "ارسم بإصبعك أو بالفأرة",
        (DrawHint, Pl) => "Rysuj palcem albo myszką",
        (DrawAgain, Tr) => "Yeniden",
        (DrawAgain, Ar) => "من جديد",
        (DrawAgain, Pl) => "Od nowa",
        (TalentsLabel, Tr) => "Yetenekler: kim ne yapabilir?",
        (TalentsLabel, Ar) => "المواهب: من يستطيع ماذا؟",
        (TalentsLabel, Pl) => "Talenty: kto co potrafi?",
        (ResourcesLabel, Tr) => "Kaynaklar: neler zaten var?",
        (ResourcesLabel, Ar) => "الموارد: ما الموجود أصلًا؟",
        (ResourcesLabel, Pl) => "Zasoby: co już jest?",
        (ListHelp, Tr) => "Virgülle ayır, örneğin: yemek, marangozluk, Fatma",
        (ListHelp, Ar) => "افصل بفواصل، مثلًا: طبخ، نجارة، فاطمة",
        (ListHelp, Pl) => "Oddziel przecinkami, na przykład: gotowanie, stolarka, Fatima",
        (Save, Tr) => "Kaydet",
        (Save, Ar) => "احفظ",
        (Save, Pl) => "Zapisz",
        (Cancel, Tr) => "Vazgeç",
        (Cancel, Ar) => "إلغاء",
        (Cancel, Pl) => "Anuluj",
        (Edit, Tr) => "Düzenle",
        (Edit, Ar) => "تعديل",
        (Edit, Pl) => "Zmień",
        (Delete, Tr) => "Kaldır",
        (Delete, Ar) => "إزالة",
        (Delete, Pl) => "Usuń",
        (Close, Tr) => "Kapat",
        (Close, Ar) => "إغلاق",
        (Close, Pl) => "Zamknij",
        (Deleted, Tr) => "Pin kaldırıldı.",
        (Deleted, Ar) => "أُزيل الدبوس.",
        (Deleted, Pl) => "Pinezka została usunięta.",
        (SearchLabel, Tr) => "Ara",
        (SearchLabel, Ar) => "بحث",
        (SearchLabel, Pl) => "Szukaj",
        (SearchPlaceholder, Tr) => "Başlıklarda, sözlerde, yeteneklerde ara…",
        (SearchPlaceholder, Ar) => "ابحث في العناوين والكلمات والمواهب…",
        (SearchPlaceholder, Pl) => "Szukaj w tytułach, słowach, talentach…",
        (FilterLabel, Tr) => "Göster",
        (FilterLabel, Ar) => "اعرض",
        (FilterLabel, Pl) => "Pokaż",
        (ShowOnMap, Tr) => "Haritada göster",
        (ShowOnMap, Ar) => "اعرض على الخريطة",
        (ShowOnMap, Pl) => "Pokaż na mapie",
        (ListNoMatch, Tr) => "Buna uyan pin yok.",
        (ListNoMatch, Ar) => "لا توجد دبابيس مطابقة.",
        (ListNoMatch, Pl) => "Żadna pinezka tu nie pasuje.",
        (ClusterLabel, Tr) => "pin bir arada; yakınlaştırmak için dokun",
        (ClusterLabel, Ar) => "دبابيس معًا؛ المس للتكبير",
        (ClusterLabel, Pl) => "pinezki razem; dotknij, aby przybliżyć",
        (Untitled, Tr) => "Başlıksız",
        (Untitled, Ar) => "بلا عنوان",
        (Untitled, Pl) => "Bez tytułu",
        (FixBelow, Tr) => "Bir şey henüz doğru değil:",
        (FixBelow, Ar) => "هناك شيء ليس صحيحًا بعد:",
        (FixBelow, Pl) => "Coś jeszcze się nie zgadza:",
        (StorageFailed, Tr) => "Bu cihaza kaydetmek olmuyor. Pinlerin sadece bu sayfayı kapatana kadar kalır.",
        (StorageFailed, Ar) => "الحفظ على هذا الجهاز لا يعمل. تبقى دبابيسك فقط حتى تغلق هذه الصفحة.",
        (StorageFailed, Pl) => "Zapisywanie na tym urządzeniu nie działa. Twoje pinezki zostaną tylko do zamknięcia tej strony.",
        (StorageFull, Tr) => "Bu cihazın belleği dolu. Yeni pinler sadece bu sayfayı kapatana kadar kalır.",
        (StorageFull, Ar) => "ذاكرة هذا الجهاز ممتلئة. تبقى الدبابيس الجديدة فقط حتى تغلق هذه الصفحة.",
        (StorageFull, Pl) => "Pamięć tego urządzenia jest pełna. Nowe pinezki zostaną tylko do zamknięcia tej strony.",
        (UpdateReady, Tr) => "Oase'nin yeni bir sürümü var. Pinlerin olduğu gibi kalır.",
        (UpdateReady, Ar) => "توجد نسخة جديدة من Oase. تبقى دبابيسك كما هي.",
        (UpdateReady, Pl) => "Jest nowa wersja Oase. Twoje pinezki zostają.",
        (UpdateNow, Tr) => "Şimdi güncelle",
        (UpdateNow, Ar) => "حدّث الآن",
        (UpdateNow, Pl) => "Aktualizuj teraz",
        (UpdateLater, Tr) => "Sonra",
        (UpdateLater, Ar) => "لاحقًا",
        (UpdateLater, Pl) => "Później",
        (StorageOutdated, Tr) => "Oase başka bir sekmede güncellendi. Devam etmek için bu sayfayı yenile; burada kaydedilenler kalır.",
        (StorageOutdated, Ar) => "تم تحديث Oase في تبويب آخر. أعد تحميل هذه الصفحة للمتابعة؛ ما حُفظ هنا يبقى.",
        (StorageOutdated, Pl) => "Oase zaktualizowano w innej karcie. Odśwież tę stronę, aby kontynuować; to, co tu zapisano, zostaje.",
        (StorageBlocked, Tr) => "Oase'nin eski bir sürümü başka bir sekmede hâlâ açık. O sekmeyi kapat ya da yenile.",
        (StorageBlocked, Ar) => "ما زالت نسخة أقدم من Oase مفتوحة في تبويب آخر. أغلق ذلك التبويب أو أعد تحميله.",
        (StorageBlocked, Pl) => "Starsza wersja Oase jest wciąż otwarta w innej karcie. Zamknij ją albo odśwież.",
        // The walk, for whoever holds the phone on it (the route file stays English).
        (WalkTitle, Tr) => "Mahalle yürüyüşü",
        (WalkTitle, Ar) => "نزهة في الحي",
        (WalkTitle, Pl) => "Spacer po okolicy",
        (WalkIntro, Tr) => "Burada nerede olduğunu takip eder, yürüyüşü kaydeder ve yolda pin koyarsın.",
        (WalkIntro, Ar) => "هنا تتابع مكانك، وتسجّل النزهة، وتضع دبابيس في الطريق.",
        (WalkIntro, Pl) => "Tu widzisz, gdzie jesteś, zapisujesz spacer i dodajesz pinezki po drodze.",
        (WalkStart, Tr) => "Yürüyüşe başla",
        (WalkStart, Ar) => "ابدأ النزهة",
        (WalkStart, Pl) => "Zacznij spacer",
        (WalkPause, Tr) => "Ara ver",
        (WalkPause, Ar) => "توقف مؤقتًا",
        (WalkPause, Pl) => "Przerwa",
        (WalkResume, Tr) => "Devam et",
        (WalkResume, Ar) => "تابع",
        (WalkResume, Pl) => "Dalej",
        (WalkStop, Tr) => "Bitir",
        (WalkStop, Ar) => "انتهيت",
        (WalkStop, Pl) => "Koniec",
        (WalkPinHere, Tr) => "Buraya pin koy",
        (WalkPinHere, Ar) => "دبوس هنا",
        (WalkPinHere, Pl) => "Pinezka tutaj",
        (WalkFollow, Tr) => "Beni takip et",
        (WalkFollow, Ar) => "اتبعني",
        (WalkFollow, Pl) => "Podążaj za mną",
        (WalkBackground, Tr) => "Bu ekranı açık tut: tarayıcılar arka planda konumunu takip etmez.",
        (WalkBackground, Ar) => "أبقِ هذه الشاشة مفتوحة: المتصفحات لا تتابع مكانك في الخلفية.",
        (WalkBackground, Pl) => "Nie zamykaj tego ekranu: w tle przeglądarki nie śledzą, gdzie jesteś.",
        (WalkDenied, Tr) => "Oase konumunu göremiyor. Tarayıcında bu site için konuma izin ver. Pinleri elle de koyabilirsin: haritayı kaydır ve + simgesine dokun.",
        (WalkDenied, Ar) => "لا يُسمح لـ Oase برؤية مكانك. اسمح بتحديد الموقع لهذا الموقع في متصفحك. يمكنك أيضًا وضع الدبابيس يدويًا: حرّك الخريطة والمس +.",
        (WalkDenied, Pl) => "Oase nie może zobaczyć, gdzie jesteś. Zezwól tej stronie na lokalizację w przeglądarce. Pinezki możesz też stawiać ręcznie: przesuń mapę i dotknij +.",
        (WalkUnavailable, Tr) => "Konumun şu anda bulunamıyor (GPS sinyali yok mu?). Pinleri elle de koyabilirsin: haritayı kaydır ve + simgesine dokun.",
        (WalkUnavailable, Ar) => "لا يمكن تحديد مكانك الآن (لا توجد إشارة GPS؟). يمكنك أيضًا وضع الدبابيس يدويًا: حرّك الخريطة والمس +.",
        (WalkUnavailable, Pl) => "Nie da się teraz ustalić, gdzie jesteś (brak sygnału GPS?). Pinezki możesz też stawiać ręcznie: przesuń mapę i dotknij +.",
        (WalkTimeout, Tr) => "Konumunu bulmak uzun sürüyor. Biraz dışarı çık ya da bekle; pinleri elle de koyabilirsin.",
        (WalkTimeout, Ar) => "تحديد مكانك يستغرق وقتًا طويلًا. اخرج قليلًا أو انتظر؛ يمكنك أيضًا وضع الدبابيس يدويًا.",
        (WalkTimeout, Pl) => "Ustalanie, gdzie jesteś, trwa długo. Wyjdź na zewnątrz albo poczekaj; pinezki możesz też stawiać ręcznie.",
        (WalkList, Tr) => "Yürüyüşler",
        (WalkList, Ar) => "النزهات",
        (WalkList, Pl) => "Spacery",
        (WalkNone, Tr) => "Henüz yürüyüş yok.",
        (WalkNone, Ar) => "لا توجد نزهات بعد.",
        (WalkNone, Pl) => "Jeszcze nie ma spacerów.",
        // The celebration screen's words for the people watching it (its controls are the
        // organiser's, below).
        (ScreenJoin, Tr) => "Telefonunla katıl",
        (ScreenJoin, Ar) => "شارك بهاتفك",
        (ScreenJoin, Pl) => "Dołącz przez telefon",
        (ScreenNew, Tr) => "yeni",
        (ScreenNew, Ar) => "جديد",
        (ScreenNew, Pl) => "nowe",
        (ScreenEmpty, Tr) => "Henüz pin yok. İlkini haritaya kim koyacak?",
        (ScreenEmpty, Ar) => "لا توجد دبابيس بعد. من يضع أول دبوس على الخريطة؟",
        (ScreenEmpty, Pl) => "Jeszcze nie ma pinezek. Kto postawi pierwszą na mapie?",
        (ScreenAllHere, Tr) => "Mahallenin hayalleri için getirdikleri",
        (ScreenAllHere, Ar) => "ما يقدّمه الحي لأحلامه",
        (ScreenAllHere, Pl) => "Co okolica wnosi do swoich marzeń",
        // Organiser screens: settings, the celebration screen's controls, uploading, the walk's
        // route file. Dutch and English only.
        (
            KioskTitle | KioskIntro | ScreenTitle | ScreenIntro
            | ComingSoon | SettingsTitle | SettingsBaseMap | SettingsBaseMapHelp
            | BaseBrtStandaard | BaseBrtGrijs | BaseLuchtfoto | BaseOsm | BaseCustom
            | CustomTemplate | CustomTemplateHelp | CustomAttribution | CustomTemplateInvalid
            | SessionTilesActive | SettingsLanguage | LangUnchecked | DataTitle | StoragePersisted
            | StorageNotPersisted | ExportTitle | ExportHelp | ExportGeojson | ExportCsv
            | ExportGpx | ExportZip | ImportTitle | ImportHelp | ImportKind | ImportNotReadable
            | ImportNewer | OfflineTitle | OfflineHelp | OfflineRefused | OfflineTooBig
            | OfflineDownload | OfflineMaxZoom | WalkRoute | ScreenTour | ScreenTalents
            | ScreenReplay | ScreenPause | ScreenPlay | ScreenNext | ScreenPrev
            | ScreenFullscreen | ScreenAllDays | UploadTitle | UploadHelp | UploadUrl | UploadUser
            | UploadPassword | UploadEvent | UploadSave | UploadStop | UploadTest | UploadNow
            | UploadPull | UploadOff | UploadHalted | UploadSkipped | OfflineCancel
            | OfflineCancelled | OfflineFull | OfflineUnavailable,
            _,
        ) => text(En, msg),
        (_, Nl | En) => text(lang, msg),
    }
}

/// A pin's validation error in plain words.
pub fn pin_error(lang: Lang, e: &crate::domain::pin::PinError) -> String {
    use crate::domain::pin::{PinError as E, MAX_ITEM, MAX_ITEMS, MAX_NOTE, MAX_QUOTE, MAX_TITLE};
    match (lang, e) {
        (Lang::Nl, E::TitleTooLong(n)) => {
            format!("De titel is te lang: {n} tekens, er passen er {MAX_TITLE}.")
        }
        (Lang::En, E::TitleTooLong(n)) => {
            format!("The title is too long: {n} characters, {MAX_TITLE} fit.")
        }
        (Lang::Nl, E::QuoteTooLong(n)) => {
            format!("De woorden zijn te lang: {n} tekens, er passen er {MAX_QUOTE}.")
        }
        (Lang::En, E::QuoteTooLong(n)) => {
            format!("The words are too long: {n} characters, {MAX_QUOTE} fit.")
        }
        (Lang::Nl, E::NoteTooLong(n)) => {
            format!("Het verhaal is te lang: {n} tekens, er passen er {MAX_NOTE}.")
        }
        (Lang::En, E::NoteTooLong(n)) => {
            format!("The story is too long: {n} characters, {MAX_NOTE} fit.")
        }
        (Lang::Nl, E::TooManyItems(n)) => {
            format!("Dat zijn {n} talenten of middelen; er passen er {MAX_ITEMS}.")
        }
        (Lang::En, E::TooManyItems(n)) => {
            format!("That is {n} talents or resources; {MAX_ITEMS} fit.")
        }
        (Lang::Nl, E::ItemTooLong(n)) => {
            format!("Eén talent of middel is te lang: {n} tekens, er passen er {MAX_ITEM}.")
        }
        (Lang::En, E::ItemTooLong(n)) => {
            format!("One talent or resource is too long: {n} characters, {MAX_ITEM} fit.")
        }
        (Lang::Nl, E::BadDrawing | E::DrawingTooLarge(_)) => {
            "De tekening kon niet bewaard worden. Teken hem opnieuw, wat eenvoudiger.".into()
        }
        (Lang::En, E::BadDrawing | E::DrawingTooLarge(_)) => {
            "The drawing could not be kept. Draw it again, a little simpler.".into()
        }
        (Lang::Nl, E::Latitude(_) | E::Longitude(_)) => {
            "Deze plek ligt buiten de kaart. Kies een plek op de kaart.".into()
        }
        (Lang::En, E::Latitude(_) | E::Longitude(_)) => {
            "This spot is off the map. Choose a spot on the map.".into()
        }
        (Lang::Nl, E::FromTheFuture(_)) => {
            "De tijd van deze pin ligt meer dan een dag in de toekomst. Klopt de klok van het apparaat dat hem maakte?".into()
        }
        (Lang::En, E::FromTheFuture(_)) => {
            "This pin's time is more than a day in the future. Is the clock of the device that made it right?".into()
        }
        (Lang::Tr, E::TitleTooLong(n)) => {
            format!("Başlık çok uzun: {n} karakter, en fazla {MAX_TITLE} sığar.")
        }
        (Lang::Ar, E::TitleTooLong(n)) => {
            format!("العنوان طويل جدًا: {n} حرفًا، والحد {MAX_TITLE}.")
        }
        (Lang::Pl, E::TitleTooLong(n)) => {
            format!("Tytuł jest za długi: {n} znaków, mieści się {MAX_TITLE}.")
        }
        (Lang::Tr, E::QuoteTooLong(n)) => {
            format!("Sözler çok uzun: {n} karakter, en fazla {MAX_QUOTE} sığar.")
        }
        (Lang::Ar, E::QuoteTooLong(n)) => {
            format!("الكلمات طويلة جدًا: {n} حرفًا، والحد {MAX_QUOTE}.")
        }
        (Lang::Pl, E::QuoteTooLong(n)) => {
            format!("Słowa są za długie: {n} znaków, mieści się {MAX_QUOTE}.")
        }
        (Lang::Tr, E::NoteTooLong(n)) => {
            format!("Hikâye çok uzun: {n} karakter, en fazla {MAX_NOTE} sığar.")
        }
        (Lang::Ar, E::NoteTooLong(n)) => {
            format!("القصة طويلة جدًا: {n} حرفًا، والحد {MAX_NOTE}.")
        }
        (Lang::Pl, E::NoteTooLong(n)) => {
            format!("Opowieść jest za długa: {n} znaków, mieści się {MAX_NOTE}.")
        }
        (Lang::Tr, E::TooManyItems(n)) => {
            format!("Bu {n} yetenek ya da kaynak ediyor; en fazla {MAX_ITEMS} sığar.")
        }
        (Lang::Ar, E::TooManyItems(n)) => {
            format!("هذه {n} من المواهب أو الموارد؛ والحد {MAX_ITEMS}.")
        }
        (Lang::Pl, E::TooManyItems(n)) => {
            format!("To za dużo talentów lub zasobów ({n}); mieści się {MAX_ITEMS}.")
        }
        (Lang::Tr, E::ItemTooLong(n)) => {
            format!("Bir yetenek ya da kaynak çok uzun: {n} karakter, en fazla {MAX_ITEM} sığar.")
        }
        (Lang::Ar, E::ItemTooLong(n)) => {
            format!("إحدى المواهب أو الموارد طويلة جدًا: {n} حرفًا، والحد {MAX_ITEM}.")
        }
        (Lang::Pl, E::ItemTooLong(n)) => {
            format!("Jeden talent lub zasób jest za długi: {n} znaków, mieści się {MAX_ITEM}.")
        }
        (Lang::Tr, E::BadDrawing | E::DrawingTooLarge(_)) => {
            "Çizim kaydedilemedi. Biraz daha sade olarak yeniden çiz.".into()
        }
        (Lang::Ar, E::BadDrawing | E::DrawingTooLarge(_)) => {
            "تعذّر حفظ الرسم. ارسمه مرة أخرى بشكل أبسط قليلًا.".into()
        }
        (Lang::Pl, E::BadDrawing | E::DrawingTooLarge(_)) => {
            "Nie udało się zachować rysunku. Narysuj go jeszcze raz, trochę prościej.".into()
        }
        (Lang::Tr, E::Latitude(_) | E::Longitude(_)) => {
            "Bu yer haritanın dışında. Haritada bir yer seç.".into()
        }
        (Lang::Ar, E::Latitude(_) | E::Longitude(_)) => {
            "هذا المكان خارج الخريطة. اختر مكانًا على الخريطة.".into()
        }
        (Lang::Pl, E::Latitude(_) | E::Longitude(_)) => {
            "To miejsce jest poza mapą. Wybierz miejsce na mapie.".into()
        }
        (Lang::Tr, E::FromTheFuture(_)) => {
            "Bu pinin zamanı bir günden fazla ileride. Onu yapan cihazın saati doğru mu?".into()
        }
        (Lang::Ar, E::FromTheFuture(_)) => {
            "وقت هذا الدبوس بعد أكثر من يوم في المستقبل. هل ساعة الجهاز الذي صنعه صحيحة؟".into()
        }
        (Lang::Pl, E::FromTheFuture(_)) => {
            "Czas tej pinezki jest ponad dzień w przyszłości. Czy zegar urządzenia, które ją zrobiło, jest dobry?".into()
        }
        (Lang::Nl, _) => "Er ging iets mis met deze pin. Probeer het nog eens.".into(),
        (Lang::En, _) => "Something went wrong with this pin. Please try again.".into(),
        (Lang::Tr, _) => "Bu pinde bir sorun oldu. Lütfen yeniden dene.".into(),
        (Lang::Ar, _) => "حدث خطأ في هذا الدبوس. حاول مرة أخرى.".into(),
        (Lang::Pl, _) => "Coś poszło nie tak z tą pinezką. Spróbuj jeszcze raz.".into(),
    }
}

/// "N characters left", for a text field with a limit.
pub fn chars_left(lang: Lang, left: i64) -> String {
    match (lang, left >= 0) {
        (Lang::Nl, true) => format!("nog {left} tekens"),
        (Lang::En, true) => format!("{left} characters left"),
        (Lang::Nl, false) => format!("{} tekens te veel", -left),
        (Lang::En, false) => format!("{} characters too many", -left),
        (Lang::Tr, true) => format!("{left} karakter kaldı"),
        (Lang::Tr, false) => format!("{} karakter fazla", -left),
        (Lang::Ar, true) => format!("متبقٍّ: {left} حرفًا"),
        (Lang::Ar, false) => format!("زيادة: {} حرفًا", -left),
        (Lang::Pl, true) => format!("zostało znaków: {left}"),
        (Lang::Pl, false) => format!("za dużo znaków: {}", -left),
    }
}

/// Polish plural forms: 1, then 2–4 (not 12–14), then everything else.
pub fn polish_plural<'a>(n: u64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    match (n, n % 10, n % 100) {
        (1, _, _) => one,
        (_, 2..=4, r) if !(12..=14).contains(&r) => few,
        _ => many,
    }
}

/// Organiser screens speak Dutch or English; residents' other languages read them in English.
pub fn organiser_lang(lang: Lang) -> Lang {
    match lang {
        Lang::Nl => Lang::Nl,
        Lang::En | Lang::Tr | Lang::Ar | Lang::Pl => Lang::En,
    }
}

/// A byte count for people: "12 kB", "3.4 MB".
pub fn bytes(n: f64) -> String {
    match n {
        n if n < 1_000.0 => format!("{n:.0} B"),
        n if n < 1_000_000.0 => format!("{:.0} kB", n / 1_000.0),
        n if n < 1_000_000_000.0 => format!("{:.1} MB", n / 1_000_000.0),
        n => format!("{:.1} GB", n / 1_000_000_000.0),
    }
}

/// How full storage is.
pub fn storage_use(lang: Lang, used: f64, quota: f64) -> String {
    let lang = organiser_lang(lang);
    match lang {
        Lang::Nl => format!("{} gebruikt van {}.", bytes(used), bytes(quota)),
        _ => format!("{} used of {}.", bytes(used), bytes(quota)),
    }
}

/// An upload problem in plain words, with what to do.
pub fn upload_problem(lang: Lang, p: crate::domain::upload::Problem) -> &'static str {
    let lang = organiser_lang(lang);
    use crate::domain::upload::Problem as P;
    match (lang, p) {
        (Lang::Nl, P::Unreachable) => "Het verzamelpunt is niet te bereiken. Is er internet, en klopt het adres? Oase probeert het straks vanzelf opnieuw.",
        (_, P::Unreachable) => "The collection point cannot be reached. Is there internet, and is the address right? Oase tries again by itself.",
        (Lang::Nl, P::Cors) => "De server antwoordt, maar laat deze app er niet bij (CORS). Zet de app en de map op dezelfde server (zie de README), of vraag de beheerder om CORS-headers voor dit adres.",
        (_, P::Cors) => "The server answers but does not let this app in (CORS). Serve the app and the folder from one server (see the README), or ask its administrator for CORS headers for this address.",
        (Lang::Nl, P::Refused) => "De gebruikersnaam of het wachtwoord klopt niet, of je mag in deze map niet schrijven. Kijk ze na.",
        (_, P::Refused) => "The user name or password is wrong, or you may not write in this folder. Check them.",
        (Lang::Nl, P::NoFolder) => "Die map bestaat niet op de server. Kijk het adres na, of maak de map eerst aan.",
        (_, P::NoFolder) => "That folder does not exist on the server. Check the address, or make the folder first.",
        (Lang::Nl, P::NotWebDav) => "Dit adres is geen WebDAV-map. Bij Nextcloud lijkt het op …/remote.php/dav/files/naam/map/.",
        (_, P::NotWebDav) => "This address is not a WebDAV folder. On Nextcloud it looks like …/remote.php/dav/files/name/folder/.",
        (Lang::Nl, P::Full) => "Het verzamelpunt is vol. Maak ruimte, of vraag de beheerder om meer.",
        (_, P::Full) => "The collection point is full. Make room, or ask its administrator for more.",
        (Lang::Nl, P::Server) => "De server had even een storing. Oase probeert het straks vanzelf opnieuw.",
        (_, P::Server) => "The server had a hiccup. Oase tries again by itself.",
        (Lang::Nl, P::Moved) => "Het verzamelpunt stuurt door naar een ander adres. Vraag de beheerder naar het juiste adres van de map en vul dat in.",
        (_, P::Moved) => "The collection point sends this to another address. Ask its administrator for the folder's right address and fill that in.",
    }
}

/// The outbox in words.
pub fn upload_status(lang: Lang, pending: usize, sent: usize, folder: &str) -> String {
    let lang = organiser_lang(lang);
    match lang {
        Lang::Nl => format!(
            "Pins gaan naar {folder}. Nog te versturen: {pending}. Op het verzamelpunt: {sent}."
        ),
        _ => format!(
            "Pins go to {folder}. Still to send: {pending}. At the collection point: {sent}."
        ),
    }
}

/// Under a pin's form while uploading is on.
pub fn upload_hint(lang: Lang, folder: &str) -> String {
    let lang = organiser_lang(lang);
    match lang {
        Lang::Nl => format!("Na het bewaren gaat deze pin ook naar het verzamelpunt: {folder}"),
        _ => format!("Once saved, this pin also goes to the collection point: {folder}"),
    }
}

/// "Test connection" succeeded.
pub fn upload_works(lang: Lang, folder: &str) -> String {
    let lang = organiser_lang(lang);
    match lang {
        Lang::Nl => format!("De verbinding werkt: pins komen in {folder}."),
        _ => format!("The connection works: pins go into {folder}."),
    }
}

/// A walk's distance and time: "1,2 km · 23 min".
pub fn walk_stats(lang: Lang, metres: f64, ms: f64) -> String {
    let lang = organiser_lang(lang);
    let minutes = (ms / 60_000.0).floor();
    let distance = if metres < 1000.0 {
        format!("{metres:.0} m")
    } else {
        let km = format!("{:.1} km", metres / 1000.0);
        if lang == Lang::Nl {
            km.replace('.', ",")
        } else {
            km
        }
    };
    format!("{distance} · {minutes:.0} min")
}

/// What an area download will fetch, before it starts.
pub fn area_plan(lang: Lang, zooms: (u8, u8), tiles: u64, bytes_estimate: f64) -> String {
    let lang = organiser_lang(lang);
    let (lo, hi) = zooms;
    let size = bytes(bytes_estimate);
    match lang {
        Lang::Nl => format!("Zoomniveau {lo} tot {hi}: {tiles} kaartdelen, ongeveer {size}."),
        _ => format!("Zoom levels {lo} to {hi}: {tiles} map tiles, about {size}."),
    }
}

/// Progress of an area download, and its end.
pub fn area_progress(lang: Lang, done: u32, total: u32, failed: u32, finished: bool) -> String {
    let lang = organiser_lang(lang);
    let mut s = match (lang, finished) {
        (Lang::Nl, false) => format!("{done} van {total} kaartdelen binnen…"),
        (_, false) => format!("{done} of {total} map tiles fetched…"),
        (Lang::Nl, true) => format!(
            "Klaar: {} kaartdelen werken nu zonder internet.",
            done - failed
        ),
        (_, true) => format!(
            "Done: {} map tiles now work without internet.",
            done - failed
        ),
    };
    if failed > 0 {
        s.push_str(&match lang {
            Lang::Nl => format!(" {failed} lukten niet; probeer het later nog eens."),
            _ => format!(" {failed} failed; try again later."),
        });
    }
    s
}

/// Why a file was not imported, naming the pin where it is one pin; always ends by saying that
/// nothing changed.
pub fn import_error(lang: Lang, e: &crate::domain::import::ImportError) -> String {
    let lang = organiser_lang(lang);
    use crate::domain::geojson::{FeatureError as F, FileError};
    use crate::domain::import::ImportError as E;
    let nl = lang == Lang::Nl;
    let feature = |f: &F| -> String {
        let (n, what) = match f {
            F::NotAPoint(n) => (
                n,
                if nl {
                    "dat is geen punt maar een lijn of vlak".into()
                } else {
                    "it is a line or area, not a point".into()
                },
            ),
            F::BadCoordinates(n) => (
                n,
                if nl {
                    "de plek (breedte- en lengtegraad) ontbreekt of klopt niet".into()
                } else {
                    "its place (latitude and longitude) is missing or wrong".into()
                },
            ),
            F::NoKind(n) => (
                n,
                if nl {
                    "er staat niet bij of het iets moois, een plek of een droom is (kind)".into()
                } else {
                    "it does not say whether it is a beauty, a place or a dream (kind)".into()
                },
            ),
            F::Invalid(n, e) => (n, pin_error(lang, e)),
            F::Unreadable(n, _) => (
                n,
                if nl {
                    "een van de velden is onleesbaar".into()
                } else {
                    "one of its fields cannot be read".into()
                },
            ),
        };
        if nl {
            format!("Pin {n} in het bestand: {what}")
        } else {
            format!("Pin {n} in the file: {what}")
        }
    };
    let problem = match e {
        E::Unreadable => {
            if nl {
                "Dit bestand kon niet gelezen worden. Staat het nog op dezelfde plek? Kies het opnieuw.".into()
            } else {
                "This file could not be read. Is it still where it was? Choose it again.".into()
            }
        }
        E::Empty => {
            if nl {
                "Dit bestand is leeg.".into()
            } else {
                "This file is empty.".into()
            }
        }
        E::TooLarge(b) => {
            if nl {
                format!(
                    "Dit bestand is te groot ({}); er past maximaal {}.",
                    bytes(*b),
                    bytes(crate::domain::import::MAX_IMPORT_BYTES)
                )
            } else {
                format!(
                    "This file is too large ({}); at most {} fits.",
                    bytes(*b),
                    bytes(crate::domain::import::MAX_IMPORT_BYTES)
                )
            }
        }
        E::File(FileError::NewerVersion(_)) => text(lang, Msg::ImportNewer).into(),
        E::File(_) | E::NotGpx => text(lang, Msg::ImportNotReadable).into(),
        E::Features { first, count: 1 } => format!("{}.", feature(first)),
        E::Features { first, count } => {
            if nl {
                format!(
                    "{count} pins in dit bestand kloppen niet. {}.",
                    feature(first)
                )
            } else {
                format!(
                    "{count} pins in this file are not right. {}.",
                    feature(first)
                )
            }
        }
        E::DuplicateId(n, _) => {
            if nl {
                format!("Pin {n} in het bestand heeft hetzelfde id als een eerdere pin; zo kan Oase ze niet uit elkaar houden.")
            } else {
                format!("Pin {n} in the file has the same id as an earlier pin, so Oase cannot tell them apart.")
            }
        }
        E::NoPositionColumns => {
            if nl {
                "In deze spreadsheet vindt Oase geen kolommen voor de plek. Noem ze bijvoorbeeld \"lat\" en \"lon\" (of latitude en longitude).".into()
            } else {
                "Oase finds no columns for the place in this spreadsheet. Name them \"lat\" and \"lon\", for example (or latitude and longitude).".into()
            }
        }
    };
    let unchanged = if nl {
        "Er is niets veranderd."
    } else {
        "Nothing has changed."
    };
    format!("{problem} {unchanged}")
}

/// The outcome of an import.
pub fn import_result(
    lang: Lang,
    added: usize,
    updated: usize,
    rejected: usize,
    skipped: usize,
) -> String {
    let lang = organiser_lang(lang);
    let mut s = match lang {
        Lang::Nl => format!(
            "{added} nieuw, {updated} bijgewerkt, {rejected} overgeslagen omdat ze niet klopten."
        ),
        _ => format!(
            "{added} new, {updated} updated, {rejected} left out because they were not right."
        ),
    };
    if skipped > 0 {
        s.push_str(&match lang {
            Lang::Nl => format!(" {skipped} lijnen of vlakken zijn geen pins en bleven buiten."),
            _ => format!(" {skipped} lines or areas are not pins and were left out."),
        });
    }
    s
}

/// "N pins", for counts.
pub fn pin_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nl | Lang::En, 1) => "1 pin".into(),
        (Lang::Nl | Lang::En, n) => format!("{n} pins"),
        (Lang::Tr, n) => format!("{n} pin"),
        (Lang::Ar, 1) => "دبوس واحد".into(),
        (Lang::Ar, 2) => "دبوسان".into(),
        (Lang::Ar, n) => format!("الدبابيس: {n}"),
        (Lang::Pl, n) => format!(
            "{n} {}",
            polish_plural(n as u64, "pinezka", "pinezki", "pinezek")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_follows_the_browser_and_is_dutch_when_unsure() {
        assert_eq!(Lang::from_preferences(&["en-GB", "nl"]), Lang::En);
        assert_eq!(Lang::from_preferences(&["nl-BE", "en"]), Lang::Nl);
        assert_eq!(Lang::from_preferences(&["de-DE", "en-US"]), Lang::En);
        assert_eq!(Lang::from_preferences(&["fr", "de"]), Lang::Nl);
        assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::Nl);
    }

    #[test]
    fn tags_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
    }

    #[test]
    fn errors_and_counts_read_as_plain_words() {
        use crate::domain::pin::PinError;
        assert_eq!(
            pin_error(Lang::Nl, &PinError::QuoteTooLong(300)),
            "De woorden zijn te lang: 300 tekens, er passen er 280."
        );
        assert_eq!(chars_left(Lang::En, -3), "3 characters too many");
        assert_eq!(pin_count(Lang::Nl, 1), "1 pin");
        assert_eq!(pin_count(Lang::En, 5000), "5000 pins");
    }

    #[test]
    fn polish_counts_take_their_three_forms() {
        assert_eq!(pin_count(Lang::Pl, 1), "1 pinezka");
        assert_eq!(pin_count(Lang::Pl, 3), "3 pinezki");
        assert_eq!(pin_count(Lang::Pl, 5), "5 pinezek");
        assert_eq!(pin_count(Lang::Pl, 13), "13 pinezek");
        assert_eq!(pin_count(Lang::Pl, 22), "22 pinezki");
        assert_eq!(pin_count(Lang::Pl, 112), "112 pinezek");
        assert_eq!(pin_count(Lang::Tr, 5), "5 pin");
        assert_eq!(pin_count(Lang::Ar, 1), "دبوس واحد");
        assert_eq!(pin_count(Lang::Ar, 7), "الدبابيس: 7");
        assert_eq!(chars_left(Lang::Tr, 12), "12 karakter kaldı");
    }

    #[test]
    fn residents_read_their_language_and_organiser_screens_fall_back_to_english() {
        assert_eq!(text(Lang::Ar, Msg::AddPin), "أضف دبوسًا");
        assert_eq!(text(Lang::Tr, Msg::AddPin), "Pin ekle");
        assert_eq!(text(Lang::Pl, Msg::AddPin), "Dodaj pinezkę");
        for l in [Lang::Tr, Lang::Ar, Lang::Pl] {
            assert_eq!(text(l, Msg::UploadTitle), text(Lang::En, Msg::UploadTitle));
            assert!(import_result(l, 1, 0, 0, 0).starts_with("1 new"));
        }
    }

    #[test]
    fn the_celebration_screen_invites_in_the_language_it_shows_while_its_controls_are_the_organisers(
    ) {
        for l in [Lang::Tr, Lang::Ar, Lang::Pl] {
            for m in [
                Msg::ScreenJoin,
                Msg::ScreenNew,
                Msg::ScreenEmpty,
                Msg::ScreenAllHere,
            ] {
                assert_ne!(text(l, m), text(Lang::En, m), "{l:?} {m:?}");
            }
            assert_eq!(text(l, Msg::ScreenPause), text(Lang::En, Msg::ScreenPause));
        }
        assert_eq!(text(Lang::Ar, Msg::ScreenJoin), "شارك بهاتفك");
    }

    #[test]
    fn translations_differ_where_words_differ() {
        assert_ne!(text(Lang::Nl, Msg::NavMap), text(Lang::En, Msg::NavMap));
        assert_eq!(text(Lang::Nl, Msg::AppName), "Oase");
    }

    #[test]
    fn the_neighbourhoods_languages_are_marked_unchecked_until_a_speaker_reads_them() {
        assert_eq!(review(Lang::Nl), Review::Checked);
        assert_eq!(review(Lang::En), Review::Checked);
        for l in [Lang::Tr, Lang::Ar, Lang::Pl] {
            assert_eq!(review(l), Review::Unchecked, "{l:?}");
        }
    }
}
