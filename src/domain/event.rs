//! The event seen from both sides: the organiser's drop for residents' phones, what a phone
//! joined, and where this device's pins go ([`Destination`]).

use serde::{Deserialize, Serialize};

use super::contribution::{contribution_feature, Contribution};
use super::geojson::{export, own_feature};
use super::join::{as_dropped, as_dropped_contribution, drop_name, Drop, JoinLink};
use super::pin::Pin;
use super::upload::{as_uploaded, base64, UploadSettings};

/// The event's side of joining, kept on this device.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventSettings {
    /// Organiser: where residents' phones write (write-only), as derived from `drop_link`.
    pub drop: Option<Drop>,
    /// Organiser: the drop's address as typed (a Nextcloud share link stays readable).
    pub drop_link: String,
    /// Organiser: contributions from phones wait for an OK before they show on the screen.
    pub hold: bool,
    /// Organiser: publish a read-only snapshot of everyone's visible pins for phones.
    pub publish: bool,
    /// Organiser: the public address phones read that snapshot from (the web server serves the
    /// file the organiser writes as `{collection}/{event}/public/kaart.geojson` there).
    pub snapshot_url: String,
    /// Phone: the event this phone joined through a join link.
    pub joined: Option<Joined>,
}

/// What a phone keeps after opening a join link.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Joined {
    pub event: String,
    pub drop: Drop,
    /// The published snapshot of everyone's pins, if the organiser shares one.
    pub snapshot: Option<String>,
    /// This phone's secret: its pins carry it to the drop, so only this phone can change them.
    pub secret: String,
}

impl Joined {
    /// What opening `link` on a phone keeps; `secret` is a fresh random id, or the one this
    /// phone already has (joining again keeps its pins its own).
    pub fn from_link(link: JoinLink, secret: String) -> Self {
        Self {
            event: link.event,
            drop: link.drop,
            snapshot: link.snapshot,
            secret,
        }
    }
}

/// The join link of the organiser's event (its name from `upload`), when a drop is set.
pub fn join_link(upload: &UploadSettings, event: &EventSettings) -> Option<JoinLink> {
    let drop = event.drop.clone()?;
    let snapshot = event.snapshot_url.trim();
    Some(JoinLink {
        event: upload.event.trim().to_owned(),
        drop,
        snapshot: (event.publish && !snapshot.is_empty()).then(|| snapshot.to_owned()),
    })
    .filter(|l| !l.event.is_empty())
}

/// Largest snapshot a phone reads, in bytes (some 20,000 pins without photos).
pub const MAX_SNAPSHOT_BYTES: usize = 12 * 1024 * 1024;

/// The file name of the published snapshot in the event's `public` folder.
pub const SNAPSHOT_FILE: &str = "kaart.geojson";

/// Everyone's pins as a phone may see them: what the screen shows (not removed, hidden or
/// waiting), with the words and the kind, and nothing personal (no owner, walk, consent or
/// other extra fields, no photo), as a FeatureCollection of the exchange format.
pub fn snapshot(pins: &[Pin]) -> String {
    let public: Vec<Pin> = pins
        .iter()
        .filter(|p| !p.deleted && !p.hidden() && !p.waiting())
        .map(|p| {
            let mut clean = Pin {
                photo: None,
                extra: Default::default(),
                ..p.clone()
            };
            if let Some(status) = p.extra.get("status") {
                clean.extra.insert("status".into(), status.clone());
            }
            clean
        })
        .collect();
    export(&public)
}

/// The pins of a published snapshot, each checked like an import's; unreadable ones are left
/// out, and so is a file larger than [`MAX_SNAPSHOT_BYTES`].
pub fn read_snapshot(text: &str, now_ms: i64) -> Vec<Pin> {
    if text.len() > MAX_SNAPSHOT_BYTES {
        return Vec::new();
    }
    let Ok(root) = serde_json::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    root.get("features")
        .and_then(serde_json::Value::as_array)
        .map(|fs| {
            fs.iter()
                .enumerate()
                .filter_map(|(i, f)| own_feature(i + 1, f, now_ms).ok())
                .filter(|p| !p.deleted)
                .map(|p| Pin { photo: None, ..p })
                .collect()
        })
        .unwrap_or_default()
}

/// Where this device's pins go: the organiser's collection folder, or a joined event's drop.
#[derive(Clone, Debug, PartialEq)]
pub enum Destination {
    Collection(UploadSettings),
    Drop { drop: Drop, secret: String },
}

impl Destination {
    /// A phone that joined an event sends to its drop; otherwise the collection folder, when
    /// the organiser switched upload on. `None`: nothing leaves the device.
    pub fn of(upload: &UploadSettings, event: &EventSettings) -> Option<Self> {
        if let Some(j) = &event.joined {
            return Some(Destination::Drop {
                drop: j.drop.clone(),
                secret: j.secret.clone(),
            });
        }
        upload
            .active()
            .then(|| Destination::Collection(upload.clone()))
    }

    /// The address of `pin`'s file with extension `ext` (`geojson` or `jpg`).
    pub fn file(&self, pin: &Pin, ext: &str) -> String {
        match self {
            Destination::Collection(u) => u.file(&pin.id, ext),
            Destination::Drop { drop, .. } => drop.file(&drop_name(pin, ext)),
        }
    }

    /// The `Authorization` header value, if a user is set.
    pub fn authorization(&self) -> Option<String> {
        match self {
            Destination::Collection(u) => u.authorization(),
            Destination::Drop { drop, .. } => (!drop.user.is_empty()).then(|| {
                format!(
                    "Basic {}",
                    base64(format!("{}:{}", drop.user, drop.password).as_bytes())
                )
            }),
        }
    }

    /// The folder to make before the first file: the collection's event folder. A drop is
    /// there already and may not be made or listed.
    pub fn folder(&self) -> Option<String> {
        match self {
            Destination::Collection(u) => Some(u.folder()),
            Destination::Drop { .. } => None,
        }
    }

    /// The pin as written there: the photo under the pin's own name; to a drop, with this
    /// phone's secret, so the organiser's device knows the next version is from the same phone.
    pub fn body(&self, pin: &Pin) -> Pin {
        match self {
            Destination::Collection(_) => as_uploaded(pin),
            Destination::Drop { secret, .. } => as_dropped(pin, secret),
        }
    }

    /// The address of a contribution's file: `{id}.geojson` in the collection, each version
    /// its own file in a drop (as for pins).
    pub fn contribution_file(&self, c: &Contribution) -> String {
        match self {
            Destination::Collection(u) => u.file(&c.id, "geojson"),
            Destination::Drop { drop, .. } => drop.file(&c.drop_name()),
        }
    }

    /// A contribution as written there (to a drop, with this phone's secret).
    pub fn contribution_body(&self, c: &Contribution) -> serde_json::Value {
        match self {
            Destination::Collection(_) => contribution_feature(c),
            Destination::Drop { secret, .. } => {
                contribution_feature(&as_dropped_contribution(c, secret))
            }
        }
    }

    /// Whether a removed pin's photo is removed there too (a drop cannot remove anything).
    pub fn removes(&self) -> bool {
        matches!(self, Destination::Collection(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pin::PinKind;

    const ID: &str = "00000000-0000-4000-8000-000000000001";

    fn pin() -> Pin {
        Pin::new(ID, PinKind::Dream, 51.8, 5.87, "2026-12-02T10:00:00Z").unwrap()
    }

    fn joined() -> EventSettings {
        EventSettings {
            joined: Some(Joined {
                event: "Buurtfeest".into(),
                drop: Drop {
                    url: "https://buurt.example/drop/buurtfeest/".into(),
                    user: "drop".into(),
                    password: "t0ken".into(),
                },
                snapshot: None,
                secret: "a-phone-secret-of-some-length".into(),
            }),
            ..EventSettings::default()
        }
    }

    #[test]
    fn nothing_leaves_a_device_without_a_destination() {
        assert_eq!(
            Destination::of(&UploadSettings::default(), &EventSettings::default()),
            None
        );
    }

    #[test]
    fn a_joined_phone_writes_each_version_to_the_drop_with_its_secret() {
        let d = Destination::of(&UploadSettings::default(), &joined()).unwrap();
        let p = pin();
        assert_eq!(
            d.file(&p, "geojson"),
            format!(
                "https://buurt.example/drop/buurtfeest/{ID}.{}.geojson",
                p.updated_ms()
            )
        );
        assert_eq!(d.folder(), None);
        assert!(!d.removes());
        assert_eq!(
            d.body(&p).extra.get("key").and_then(|v| v.as_str()),
            Some("a-phone-secret-of-some-length")
        );
        assert_eq!(
            d.authorization().as_deref(),
            Some(format!("Basic {}", base64(b"drop:t0ken")).as_str())
        );
    }

    #[test]
    fn the_organiser_writes_to_the_event_folder_and_joining_wins_on_a_phone() {
        let u = UploadSettings {
            url: "https://buurt.example/dav/".into(),
            event: "Buurtfeest".into(),
            enabled: true,
            ..UploadSettings::default()
        };
        let mut e = EventSettings::default();
        let d = Destination::of(&u, &e).unwrap();
        assert_eq!(
            d.file(&pin(), "geojson"),
            format!("https://buurt.example/dav/buurtfeest/{ID}.geojson")
        );
        assert!(d.body(&pin()).extra.get("key").is_none());
        e.joined = joined().joined;
        assert!(matches!(
            Destination::of(&u, &e),
            Some(Destination::Drop { .. })
        ));
    }

    #[test]
    fn the_snapshot_shows_what_the_screen_shows_and_nothing_personal() {
        let mut shown = pin();
        shown.title = "Een buurtkeuken".into();
        shown.photo = Some("x.jpg".into());
        shown.extra.insert("owner".into(), "ab".repeat(32).into());
        shown.extra.insert("walk".into(), "w1".into());
        let mut hidden = Pin::new(
            "00000000-0000-4000-8000-000000000002",
            PinKind::Beauty,
            51.8,
            5.87,
            "2026-12-02T10:00:00Z",
        )
        .unwrap();
        hidden.set_hidden(true);
        let text = snapshot(&[shown, hidden]);
        assert!(!text.contains("owner") && !text.contains("walk") && !text.contains("x.jpg"));
        let back = read_snapshot(&text, 1_796_212_800_000);
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].title, "Een buurtkeuken");
        assert!(read_snapshot("{", 0).is_empty());
        assert!(read_snapshot(r#"{"features":[{"type":"Feature"}]}"#, 0).is_empty());
    }

    #[test]
    fn a_join_link_carries_the_snapshot_only_when_published() {
        let u = UploadSettings {
            event: "Buurtfeest".into(),
            ..UploadSettings::default()
        };
        let mut e = EventSettings {
            drop: Some(Drop {
                url: "/drop/buurtfeest/".into(),
                ..Drop::default()
            }),
            snapshot_url: "/kaart/buurtfeest.geojson".into(),
            ..EventSettings::default()
        };
        assert_eq!(join_link(&u, &e).unwrap().snapshot, None);
        e.publish = true;
        assert_eq!(
            join_link(&u, &e).unwrap().snapshot.as_deref(),
            Some("/kaart/buurtfeest.geojson")
        );
    }

    #[test]
    fn a_join_link_needs_a_drop_and_an_event_name() {
        let mut u = UploadSettings::default();
        let mut e = EventSettings::default();
        assert!(join_link(&u, &e).is_none());
        e.drop = Some(Drop {
            url: "/drop/buurtfeest/".into(),
            user: "drop".into(),
            password: "t0ken".into(),
        });
        assert!(join_link(&u, &e).is_none(), "no event name yet");
        u.event = " Buurtfeest ".into();
        assert_eq!(join_link(&u, &e).unwrap().event, "Buurtfeest");
    }
}
