//! Joining an event from a phone: the join link a QR code carries, the write-only drop a phone
//! writes its pins to, and the organiser's device taking those files in as untrusted.
//!
//! A phone proves a later version is its own with a random secret it keeps (see
//! [`super::owner`]). Links are percent-encoded as RFC 3986 says; a Nextcloud "File drop"
//! share is written through its public WebDAV endpoint (`public.php/webdav/`, the share's token
//! as the user name).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::contribution::{self, is_contribution_feature, read_contribution, Contribution};
use super::owner::{take_key, with_key, ORGANISER_ONLY};
use super::pin::{is_uuid, Pin, MAX_PULLED_BYTES};
use super::upload::{
    as_uploaded, debug_folder, is_folder_url, read_pin_file, redacted, PulledError,
};

/// Longest event name a join link carries, in characters.
pub const MAX_EVENT: usize = 80;
/// Longest join link fragment read, in bytes (a QR code holds less anyway).
pub const MAX_FRAGMENT: usize = 4000;

/// The format version of join links this build writes and reads.
const LINK_VERSION: &str = "1";

// ---------------------------------------------------------------------------------------------
// The drop

/// Where a phone writes its pins: a folder that takes PUTs and nothing else. Kept on the phone
/// (its `Debug` leaves the password out).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Drop {
    /// The folder, always ending in `/`.
    pub url: String,
    /// For a Nextcloud share: the share's token.
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Drop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A share link's token is its user, and writes to the drop: hidden like a password.
        debug_folder(f, "Drop", &self.url, &redacted(&self.user), &self.password).finish()
    }
}

impl Drop {
    /// The address of file `name` in the drop.
    pub fn file(&self, name: &str) -> String {
        format!("{}{name}", self.url)
    }
}

/// Why an address cannot be a drop, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DropError {
    #[error("no address was given")]
    Empty,
    #[error("this is not a web address of a folder")]
    NotAnAddress,
    #[error("plain http to another machine would send the password readable over the network; use https")]
    PlainHttp,
    #[error("the address holds a user name (user@host); give it as the user instead")]
    UserInLink,
}

/// What lies between `scheme://` and the path, if `url` has a scheme.
fn authority(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    rest.split(['/', '?', '#']).next()
}

/// The rules every address a phone is sent to follows: https, plain http only to this
/// machine, or a path on this site; with a host and without a user name in it.
fn check_address(u: &str) -> Result<(), DropError> {
    if u.is_empty() {
        return Err(DropError::Empty);
    }
    let host = authority(u);
    if host.is_some_and(|h| h.contains('@')) {
        return Err(DropError::UserInLink);
    }
    if u.starts_with("http://") && !is_folder_url(u) {
        return Err(DropError::PlainHttp);
    }
    if !is_folder_url(u) || host.is_some_and(str::is_empty) {
        return Err(DropError::NotAnAddress);
    }
    Ok(())
}

/// `url` as a folder: checked, trimmed, ending in `/`. A query or fragment is refused: file
/// names are put after the address.
fn folder_address(url: &str) -> Result<String, DropError> {
    let u = url.trim();
    check_address(u)?;
    if u.contains(['?', '#']) {
        return Err(DropError::NotAnAddress);
    }
    Ok(if u.ends_with('/') {
        u.to_owned()
    } else {
        format!("{u}/")
    })
}

/// A Nextcloud public share link (`…/s/TOKEN` or `…/index.php/s/TOKEN`) as its public WebDAV
/// folder and its token; `None` for anything else.
fn nextcloud_share(url: &str) -> Option<(String, String)> {
    let u = url
        .split('#')
        .next()?
        .split('?')
        .next()?
        .trim_end_matches('/');
    let scheme = ["https://", "http://"]
        .into_iter()
        .find(|s| u.starts_with(s))?;
    let (host, path) = u[scheme.len()..].split_once('/')?;
    if host.is_empty() {
        return None;
    }
    let path = format!("/{path}");
    let (head, token) = path.rsplit_once('/')?;
    let head = head.strip_suffix("/s")?;
    let sub = head.strip_suffix("/index.php").unwrap_or(head);
    let token_ok =
        (5..=64).contains(&token.len()) && token.bytes().all(|c| c.is_ascii_alphanumeric());
    token_ok.then(|| {
        (
            format!("{scheme}{host}{sub}/public.php/webdav/"),
            token.to_owned(),
        )
    })
}

/// The drop the organiser gives: a Nextcloud "File drop" share link (with no user: the link's
/// token is the user, `password` the share's own password if it has one), or else a folder
/// address with its user and password.
pub fn drop_from(url: &str, user: &str, password: &str) -> Result<Drop, DropError> {
    let u = url.trim();
    check_address(u)?;
    if user.is_empty() {
        if let Some((url, token)) = nextcloud_share(u) {
            return Ok(Drop {
                url,
                user: token,
                password: password.to_owned(),
            });
        }
    }
    Ok(Drop {
        url: folder_address(u)?,
        user: user.to_owned(),
        password: password.to_owned(),
    })
}

/// A file name read back from the drop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DropName {
    /// The pin's id.
    pub id: String,
    /// `{id}.{updated_ms}`: the version; its photo is `{stem}.jpg`.
    pub stem: String,
    /// `geojson` or `jpg`.
    pub ext: String,
}

/// The name of one version of a pin in the drop: `{id}.{updated_ms}.{ext}` (`ext` is `geojson`
/// or `jpg`). A drop cannot be overwritten reliably (Nextcloud renames a second file of the
/// same name), so each version is a file of its own. Times before 1970 count as 0.
pub fn drop_name(pin: &Pin, ext: &str) -> String {
    format!("{}.{}.{ext}", pin.id, pin.updated_ms().max(0))
}

/// `name` less a Nextcloud copy number (`x (2)` → `x`).
fn without_copy_number(name: &str) -> &str {
    name.strip_suffix(')')
        .and_then(|n| n.rsplit_once(" ("))
        .filter(|(_, n)| (1..=9).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()))
        .map_or(name, |(stem, _)| stem)
}

/// Reads a name written by [`drop_name`], also as Nextcloud renames a second copy
/// (`{id}.{ms} (2).jpg`); `None` for anything else.
pub fn read_drop_name(name: &str) -> Option<DropName> {
    let (base, ext) = name.rsplit_once('.')?;
    if ext != "geojson" && ext != "jpg" {
        return None;
    }
    let stem = without_copy_number(base);
    let (id, ms) = stem.split_once('.')?;
    let ms_ok = (1..=19).contains(&ms.len()) && ms.bytes().all(|c| c.is_ascii_digit());
    (is_uuid(id) && ms_ok).then(|| DropName {
        id: id.to_owned(),
        stem: stem.to_owned(),
        ext: ext.to_owned(),
    })
}

// ---------------------------------------------------------------------------------------------
// The join link

/// What a phone needs to join an event: its name, where to write, and where to read what the
/// others made (if the organiser publishes it).
#[derive(Clone, Debug, PartialEq)]
pub struct JoinLink {
    pub event: String,
    pub drop: Drop,
    /// The address of the event's published pins, if any.
    pub snapshot: Option<String>,
}

/// Why a join link cannot be used, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum JoinError {
    #[error("the link cannot be read: it is damaged")]
    Unreadable,
    #[error("the link names no event, or one longer than {MAX_EVENT} characters")]
    NoEvent,
    #[error("the link's drop cannot be used: {0}")]
    BadDrop(DropError),
    #[error("the link's address for the event's pins cannot be used")]
    BadSnapshot,
    #[error("the link is longer than {MAX_FRAGMENT} bytes")]
    TooLong,
    #[error("the link was made by a newer Oase")]
    NewerVersion,
}

/// RFC 3986 unreserved characters as they are; every other byte of the UTF-8 as `%XX`.
fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// The reverse of [`percent_encode`]; `None` for a `%` without two hexadecimal digits or bytes
/// that are not UTF-8. A `+` stays a `+`.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let digit = |j: usize| bytes.get(j).and_then(|&c| char::from(c).to_digit(16));
            let (hi, lo) = (digit(i + 1)?, digit(i + 2)?);
            out.push((hi * 16 + lo) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

impl JoinLink {
    /// The link to put in the QR code: `{app_base}/join#v=1&e=…&d=…&u=…&p=…` (and `&s=…`).
    /// Everything after `#` stays on the phone: never in a server's log or a Referer.
    pub fn to_url(&self, app_base: &str) -> String {
        let mut url = format!(
            "{}/join#v={LINK_VERSION}&e={}&d={}&u={}&p={}",
            app_base.trim().trim_end_matches('/'),
            percent_encode(&self.event),
            percent_encode(&self.drop.url),
            percent_encode(&self.drop.user),
            percent_encode(&self.drop.password),
        );
        if let Some(s) = &self.snapshot {
            url.push_str("&s=");
            url.push_str(&percent_encode(s));
        }
        url
    }

    /// Reads the part of a join link after `#` (with or without the `#`), checking everything
    /// a phone is about to use: the event's name, and addresses it may send a password to.
    /// Keys it does not know are ignored; of a key given twice, the first counts.
    pub fn from_fragment(fragment: &str) -> Result<JoinLink, JoinError> {
        let f = fragment.strip_prefix('#').unwrap_or(fragment);
        if f.len() > MAX_FRAGMENT {
            return Err(JoinError::TooLong);
        }
        const KEYS: [&str; 6] = ["v", "e", "d", "u", "p", "s"];
        let mut fields: [Option<&str>; 6] = [None; 6];
        for part in f.split('&') {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            if let Some(i) = KEYS.iter().position(|k| *k == key) {
                fields[i].get_or_insert(value);
            }
        }
        let [v, e, d, u, p, s] = fields;
        if let Some(v) = v {
            if v != LINK_VERSION {
                return Err(match v.parse::<u64>() {
                    Ok(n) if n > 1 => JoinError::NewerVersion,
                    _ => JoinError::Unreadable,
                });
            }
        }
        let decode = |field: Option<&str>| -> Result<String, JoinError> {
            percent_decode(field.unwrap_or_default()).ok_or(JoinError::Unreadable)
        };
        let [event, drop_url, user, password, snapshot] = [e, d, u, p, s].map(decode);
        let (event, drop_url, user, password, snapshot) =
            (event?, drop_url?, user?, password?, snapshot?);
        let event = event.trim();
        if event.is_empty() || event.chars().count() > MAX_EVENT {
            return Err(JoinError::NoEvent);
        }
        // An address as it was given: a share already turned into its WebDAV folder stays so.
        let url = folder_address(&drop_url).map_err(JoinError::BadDrop)?;
        let snapshot = match snapshot.trim() {
            "" => None,
            s => {
                check_address(s).map_err(|_| JoinError::BadSnapshot)?;
                Some(s.to_owned())
            }
        };
        Ok(JoinLink {
            event: event.to_owned(),
            drop: Drop {
                url,
                user,
                password,
            },
            snapshot,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Contributions

/// The pin as a phone writes it to the drop: as uploaded to a collection point, with the
/// phone's secret as `"key"`, and none of the properties only the organiser sets.
pub fn as_dropped(pin: &Pin, secret: &str) -> Pin {
    let mut p = as_uploaded(pin);
    with_key(&mut p.extra, secret);
    p
}

/// The contribution as a phone writes it to the drop: with the phone's secret as `"key"`, and
/// none of the properties only the organiser sets.
pub fn as_dropped_contribution(c: &Contribution, secret: &str) -> Contribution {
    let mut d = c.clone();
    with_key(&mut d.extra, secret);
    d
}

/// Takes in a contribution a phone wrote to the drop (the file's text), as untrusted: it must
/// carry the phone's key (16 to 128 characters), and it may change or take back `existing`
/// (the contribution of that id here, if any) only when that is the same phone's. Anyone may
/// add a contribution to anyone's pin. The result keeps the owner instead of the key, and
/// whether `existing` was waiting.
pub fn accept_dropped_contribution(
    text: &str,
    existing: Option<&Contribution>,
    now_ms: i64,
) -> Result<Contribution, contribution::ContributionError> {
    if text.len() > MAX_PULLED_BYTES {
        return Err(contribution::ContributionError::TooLarge(text.len()));
    }
    let feature: Value = serde_json::from_str(text)
        .map_err(|e| contribution::ContributionError::NotJson(e.to_string()))?;
    accept_dropped_feature(&feature, existing, now_ms)
}

/// [`accept_dropped_contribution`] of a file already read as JSON.
pub(crate) fn accept_dropped_feature(
    feature: &Value,
    existing: Option<&Contribution>,
    now_ms: i64,
) -> Result<Contribution, contribution::ContributionError> {
    if feature.get("type").and_then(Value::as_str) != Some("Feature") {
        return Err(contribution::ContributionError::NotAFeature);
    }
    let mut c = read_contribution(feature, now_ms)?;
    let owner = take_key(&mut c.extra).ok_or(contribution::ContributionError::NoKey)?;
    match existing {
        None => {}
        Some(e) if e.owner() == Some(owner.as_str()) => {
            for k in ORGANISER_ONLY {
                if let Some(v) = e.extra.get(k) {
                    c.extra.insert(k.to_owned(), v.clone());
                }
            }
        }
        Some(_) => return Err(contribution::ContributionError::NotTheirs { id: c.id }),
    }
    c.extra.insert("owner".to_owned(), Value::from(owner));
    Ok(c)
}

/// Why a phone's file was not taken in, in plain words.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ContributionError {
    #[error("the file name {0:?} is not a pin's id, a version and .geojson")]
    Name(String),
    #[error("{0}")]
    Pulled(PulledError),
    #[error("the file carries no phone's key")]
    NoKey,
    #[error("the file changes pin {id}, which is not that phone's")]
    NotTheirs { id: String },
    #[error("{0}")]
    Contribution(contribution::ContributionError),
}

impl From<contribution::ContributionError> for ContributionError {
    /// A missing key and another phone's contribution are named as for a pin.
    fn from(e: contribution::ContributionError) -> Self {
        use contribution::ContributionError as C;
        match e {
            C::NoKey => ContributionError::NoKey,
            C::NotTheirs { id } => ContributionError::NotTheirs { id },
            e => ContributionError::Contribution(e),
        }
    }
}

impl From<PulledError> for ContributionError {
    fn from(e: PulledError) -> Self {
        ContributionError::Pulled(e)
    }
}

/// Takes in one file a phone wrote to the drop (`{id}.{ms}.geojson`), as untrusted as a file
/// pulled from a collection point, and more: it must carry the phone's key, and it may change
/// or remove `existing` (the pin of that id here, if any) only when that pin is the same
/// phone's. The pin returned keeps the owner instead of the key; a new one waits for the
/// organiser's OK when `hold`; a changed one keeps whether it was hidden or waiting.
pub fn accept_contribution(
    file_name: &str,
    text: &str,
    existing: Option<&Pin>,
    hold: bool,
    now_ms: i64,
) -> Result<Pin, ContributionError> {
    let name = geojson_drop_name(file_name)?;
    let mut pin = read_pin_file(file_name, Some(&name.id), text, now_ms)?;
    let owner = take_key(&mut pin.extra).ok_or(ContributionError::NoKey)?;
    match existing {
        None => pin.set_waiting(hold),
        Some(e) if e.owner() == Some(owner.as_str()) => {
            pin.set_hidden(e.hidden());
            pin.set_waiting(e.waiting());
        }
        Some(_) => return Err(ContributionError::NotTheirs { id: pin.id }),
    }
    pin.extra.insert("owner".to_owned(), Value::from(owner));
    Ok(pin)
}

/// The name of a phone's file of a pin or contribution: `{id}.{ms}.geojson`.
fn geojson_drop_name(file_name: &str) -> Result<DropName, ContributionError> {
    read_drop_name(file_name)
        .filter(|n| n.ext == "geojson")
        .ok_or_else(|| ContributionError::Name(file_name.to_owned()))
}

/// What a phone's file in the drop brought: a pin, or a story or heart for a pin.
#[derive(Clone, Debug, PartialEq)]
pub enum Contributed {
    Pin(Pin),
    Contribution(Contribution),
}

/// Takes in one file a phone wrote to the drop (`{id}.{ms}.geojson`), a pin or a contribution.
/// A pin is checked by [`accept_contribution`] against `existing_pin`. A contribution (a
/// Feature without geometry with a `contribution` property) must be named after its own id,
/// carry the phone's key, and may change `existing_contribution` only when that is the same
/// phone's; a new story or pledge waits for the organiser's OK when `hold` (a heart never
/// waits: it says nothing).
pub fn accept_dropped(
    file_name: &str,
    text: &str,
    existing_pin: Option<&Pin>,
    existing_contribution: Option<&Contribution>,
    hold: bool,
    now_ms: i64,
) -> Result<Contributed, ContributionError> {
    let name = geojson_drop_name(file_name)?;
    if text.len() > MAX_PULLED_BYTES {
        return Err(PulledError::TooLarge(text.len()).into());
    }
    let feature: Value =
        serde_json::from_str(text).map_err(|e| PulledError::NotJson(e.to_string()))?;
    if !is_contribution_feature(&feature) {
        return accept_contribution(file_name, text, existing_pin, hold, now_ms)
            .map(Contributed::Pin);
    }
    let mut c = accept_dropped_feature(&feature, existing_contribution, now_ms)?;
    if c.id != name.id {
        return Err(PulledError::WrongId {
            file: file_name.to_owned(),
            id: c.id,
        }
        .into());
    }
    if existing_contribution.is_none() && hold && c.kind != contribution::ContributionKind::Heart {
        c.set_waiting(true);
    }
    Ok(Contributed::Contribution(c))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::geojson::feature;
    use crate::domain::owner::owner_of;
    use crate::domain::owner::tests::{OTHER, SECRET};
    use crate::domain::pin::tests::{now, LATER, NOW};
    use crate::domain::pin::{PinKind, MAX_AHEAD_MS};

    const ID: &str = "0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23";

    #[test]
    fn a_nextcloud_file_drop_link_becomes_its_webdav_folder() {
        let expected = |url: &str| Drop {
            url: url.into(),
            user: "AbC123xyz".into(),
            password: "deel-wachtwoord".into(),
        };
        for (link, url) in [
            (
                "https://wolk.example.nl/s/AbC123xyz",
                "https://wolk.example.nl/public.php/webdav/",
            ),
            (
                " https://wolk.example.nl/index.php/s/AbC123xyz/ ",
                "https://wolk.example.nl/public.php/webdav/",
            ),
            (
                "https://example.nl/nextcloud/index.php/s/AbC123xyz?dir=/#x",
                "https://example.nl/nextcloud/public.php/webdav/",
            ),
            (
                "https://example.nl/nc/s/AbC123xyz#frag",
                "https://example.nl/nc/public.php/webdav/",
            ),
        ] {
            assert_eq!(
                drop_from(link, "", "deel-wachtwoord"),
                Ok(expected(url)),
                "{link}"
            );
        }
        // A share without a password.
        assert_eq!(
            drop_from("https://wolk.example.nl/s/Token", "", "").map(|d| d.user),
            Ok("Token".to_owned())
        );
        // With a user given, or a token that is not one, it is a folder like any other.
        assert_eq!(
            drop_from("https://wolk.example.nl/s/AbC123xyz", "buurt", "pw"),
            Ok(Drop {
                url: "https://wolk.example.nl/s/AbC123xyz/".into(),
                user: "buurt".into(),
                password: "pw".into(),
            })
        );
        for not_a_token in ["abcd", "ab-cd-ef", "x".repeat(65).as_str()] {
            let link = format!("https://wolk.example.nl/s/{not_a_token}");
            assert_eq!(
                drop_from(&link, "", "").map(|d| d.url),
                Ok(format!("{link}/"))
            );
        }
    }

    #[test]
    fn a_folder_address_ends_in_a_slash_and_goes_nowhere_readable() {
        let folder = |url: &str| drop_from(url, "oase", "geheim").map(|d| d.url);
        assert_eq!(
            folder("  https://wolk.example.nl/dav "),
            Ok("https://wolk.example.nl/dav/".into())
        );
        assert_eq!(folder("/drop/feest"), Ok("/drop/feest/".into()));
        assert_eq!(
            folder("http://127.0.0.1:8080/dav/"),
            Ok("http://127.0.0.1:8080/dav/".into())
        );
        assert_eq!(folder(""), Err(DropError::Empty));
        assert_eq!(folder("   "), Err(DropError::Empty));
        assert_eq!(
            folder("http://buurthuis.example/dav/"),
            Err(DropError::PlainHttp)
        );
        // A share link over plain http to another machine is refused too.
        assert_eq!(
            drop_from("http://wolk.example.nl/s/AbC123xyz", "", ""),
            Err(DropError::PlainHttp)
        );
        for with_user in [
            "https://buurt@wolk.example.nl/dav/",
            "https://buurt:pw@wolk.example.nl/s/AbC123xyz",
            "http://localhost@evil.example/dav/",
        ] {
            assert_eq!(
                drop_from(with_user, "", ""),
                Err(DropError::UserInLink),
                "{with_user}"
            );
        }
        for not in [
            "ftp://wolk.example.nl/",
            "wolk.example.nl/dav",
            "//evil.example/",
            "https://",
            "https:///dav/",
            "https://wolk.example.nl/dav/?x=1",
            "https://wolk.example.nl/dav/#x",
        ] {
            assert_eq!(folder(not), Err(DropError::NotAnAddress), "{not}");
        }
        let d = drop_from("https://wolk.example.nl/dav", "oase", "geheim-123").expect("a drop");
        assert_eq!(d.file("x.geojson"), "https://wolk.example.nl/dav/x.geojson");
        assert!(!format!("{d:?}").contains("geheim-123"));
    }

    fn pin() -> Pin {
        Pin {
            title: "Het bankje".into(),
            photo: Some("5e3f0a1c-0000-4000-8000-000000000009".into()),
            ..Pin::new(ID, PinKind::Beauty, 51.837, 5.887, NOW).expect("valid")
        }
    }

    #[test]
    fn each_version_has_a_name_of_its_own_that_reads_back() {
        let p = pin();
        let ms = now();
        let name = drop_name(&p, "geojson");
        assert_eq!(name, format!("{ID}.{ms}.geojson"));
        let stem = format!("{ID}.{ms}");
        assert_eq!(
            read_drop_name(&name),
            Some(DropName {
                id: ID.into(),
                stem: stem.clone(),
                ext: "geojson".into()
            })
        );
        // Nextcloud's second copy of a name, and the photo beside a version.
        let copy = read_drop_name(&format!("{stem} (2).jpg")).expect("reads");
        assert_eq!((copy.stem.as_str(), copy.ext.as_str()), (&*stem, "jpg"));
        assert_eq!(
            read_drop_name(&format!("{stem} (12).geojson")).map(|n| n.stem),
            Some(stem.clone())
        );
        let later = Pin {
            updated_at: LATER.into(),
            ..p.clone()
        };
        assert_ne!(drop_name(&later, "jpg"), drop_name(&p, "jpg"));
        for bad in [
            "x.geojson".to_owned(),
            format!("{ID}.geojson"),
            format!("{ID}.jpg"),
            format!("{stem}.png"),
            format!("{stem}.GEOJSON"),
            format!("{ID}.12a.jpg"),
            format!("{ID}..jpg"),
            format!("{ID}.-12.jpg"),
            format!("{ID}.1.2.jpg"),
            format!("{stem} (x).jpg"),
            format!("{stem}(2).jpg"),
            format!("{stem} ().jpg"),
            format!("{stem} (2) (3).jpg"),
            format!("../{stem}.jpg"),
            format!("{stem}.jpg/x"),
            String::new(),
        ] {
            assert_eq!(read_drop_name(&bad), None, "{bad}");
        }
    }

    fn link(event: &str, password: &str) -> JoinLink {
        JoinLink {
            event: event.into(),
            drop: Drop {
                url: "https://wolk.example.nl/public.php/webdav/".into(),
                user: "AbC123xyz".into(),
                password: password.into(),
            },
            snapshot: None,
        }
    }

    /// The fragment of a link made by [`JoinLink::to_url`].
    fn fragment(url: &str) -> &str {
        url.split_once('#').map_or("", |(_, f)| f)
    }

    #[test]
    fn a_join_link_carries_everything_in_its_fragment() {
        let l = JoinLink {
            snapshot: Some("https://wolk.example.nl/s/Lees123/download".into()),
            ..link("Feest", "pw")
        };
        assert_eq!(
            l.to_url("https://oase.example.nl/app/"),
            "https://oase.example.nl/app/join#v=1&e=Feest\
             &d=https%3A%2F%2Fwolk.example.nl%2Fpublic.php%2Fwebdav%2F&u=AbC123xyz&p=pw\
             &s=https%3A%2F%2Fwolk.example.nl%2Fs%2FLees123%2Fdownload"
        );
        assert!(!link("Feest", "").to_url("/").contains("&s="));
        assert_eq!(link("x", "").to_url("/").split('#').next(), Some("/join"));
    }

    #[test]
    fn join_links_round_trip() {
        for event in [
            "Buurtweek Hengstdal 2026",
            "Oase & feest #1",
            "مهرجان الحي",
            "Mahalle şenliği: İyi ğüzel şeyler",
            "100% buurt + 1 = feest?",
            "é".repeat(MAX_EVENT).as_str(),
        ] {
            for password in ["", "&=#%+ ", "geheim wachtwoord", "%20+%zz&v=2", "ğ€🌳"] {
                let l = link(event, password);
                let url = l.to_url("https://oase.example.nl");
                assert!(!url[url.find('#').unwrap_or(0)..].contains(' '), "{url}");
                assert_eq!(JoinLink::from_fragment(fragment(&url)), Ok(l.clone()));
                // With its `#`, as `location.hash` gives it.
                let hash = format!("#{}", fragment(&url));
                assert_eq!(JoinLink::from_fragment(&hash), Ok(l));
            }
        }
        let with_snapshot = JoinLink {
            snapshot: Some("/oase/feest.geojson?x=1".into()),
            drop: Drop {
                url: "http://localhost:8080/drop/".into(),
                user: String::new(),
                password: String::new(),
            },
            ..link("Feest", "")
        };
        let url = with_snapshot.to_url("http://localhost:8080");
        assert_eq!(JoinLink::from_fragment(fragment(&url)), Ok(with_snapshot));
    }

    #[test]
    fn join_links_are_read_leniently_and_checked_strictly() {
        let d = "d=https%3A%2F%2Fw.example%2Fdav%2F";
        let read = |f: &str| JoinLink::from_fragment(f);
        // Each fragment of `fragments` is refused with `e`.
        let refused = |fragments: &[String], e: JoinError| {
            for f in fragments {
                assert_eq!(read(f), Err(e.clone()), "{f}");
            }
        };
        // No version, unknown keys, a key twice (the first counts), a missing slash added.
        let l = read("e=%20Feest%20&d=https%3A%2F%2Fw.example%2Fdav&x=%zz&e=Ander&&u=a+b")
            .expect("reads");
        assert_eq!(l.event, "Feest");
        assert_eq!(l.drop.url, "https://w.example/dav/");
        assert_eq!(l.drop.user, "a+b");
        assert_eq!(l.snapshot, None);
        assert_eq!(
            read(&format!("v=2&e=Feest&{d}")),
            Err(JoinError::NewerVersion)
        );
        assert_eq!(
            read(&format!("v=0&e=Feest&{d}")),
            Err(JoinError::Unreadable)
        );
        assert_eq!(
            read(&format!("v=één&e=Feest&{d}")),
            Err(JoinError::Unreadable)
        );
        refused(
            &[
                "e=%",
                "e=%4",
                "e=%zz",
                "e=%FF",
                "e=%C3%28",
                "e=Feest&u=%e2%82",
            ]
            .map(|bad| format!("{bad}&{d}")),
            JoinError::Unreadable,
        );
        assert_eq!(read(d), Err(JoinError::NoEvent));
        assert_eq!(read(&format!("e=%20%09&{d}")), Err(JoinError::NoEvent));
        let long = "x".repeat(MAX_EVENT + 1);
        assert_eq!(read(&format!("e={long}&{d}")), Err(JoinError::NoEvent));
        assert_eq!(read("e=Feest"), Err(JoinError::BadDrop(DropError::Empty)));
        for (drop, e) in [
            (
                "http%3A%2F%2Fbuurthuis.example%2Fdav%2F",
                DropError::PlainHttp,
            ),
            (
                "https%3A%2F%2Fu%40w.example%2Fdav%2F",
                DropError::UserInLink,
            ),
            ("javascript%3Aalert(1)", DropError::NotAnAddress),
            ("%2F%2Fevil.example%2F", DropError::NotAnAddress),
        ] {
            assert_eq!(
                read(&format!("e=Feest&d={drop}")),
                Err(JoinError::BadDrop(e))
            );
        }
        refused(
            &[
                "http%3A%2F%2Fw.example%2F",
                "javascript%3Ax",
                "https%3A%2F%2Fu%40w.example%2F",
            ]
            .map(|s| format!("e=Feest&{d}&s={s}")),
            JoinError::BadSnapshot,
        );
        let padded = format!("e=Feest&{d}&x={}", "y".repeat(MAX_FRAGMENT));
        assert_eq!(read(&padded), Err(JoinError::TooLong));
    }

    /// A phone's file: the pin as dropped with `secret`, its name and its text.
    fn dropped(p: &Pin, secret: &str) -> (String, String) {
        let d = as_dropped(p, secret);
        (drop_name(&d, "geojson"), feature(&d).to_string())
    }

    #[test]
    fn a_pin_is_dropped_with_its_key_and_nothing_the_organiser_sets() {
        let mut p = pin();
        p.set_hidden(true);
        p.set_waiting(true);
        p.extra.insert("owner".into(), Value::from("ab"));
        p.extra.insert("name".into(), Value::from("Fatima"));
        let d = as_dropped(&p, SECRET);
        assert!(!d.hidden() && !d.waiting() && d.owner().is_none());
        assert_eq!(d.extra.get("key"), Some(&Value::from(SECRET)));
        assert_eq!(d.extra.get("name"), Some(&Value::from("Fatima")));
        assert_eq!(d.photo, Some(format!("{ID}.jpg")));
    }

    #[test]
    fn a_new_pin_is_taken_in_with_its_owner_and_without_its_key() {
        let (name, text) = dropped(&pin(), SECRET);
        let got = accept_contribution(&name, &text, None, false, now()).expect("accepted");
        assert_eq!(got.owner(), Some(owner_of(SECRET).as_str()));
        assert!(!got.extra.contains_key("key") && !got.waiting() && !got.hidden());
        assert_eq!(got.title, "Het bankje");
        assert_eq!(got.photo, Some(format!("{ID}.jpg")));
        let stored = feature(&got).to_string();
        assert!(
            !stored.contains("\"key\"") && !stored.contains(SECRET),
            "{stored}"
        );
        // Held for the organiser's OK.
        let held = accept_contribution(&name, &text, None, true, now()).expect("accepted");
        assert!(held.waiting());
        // Nextcloud's second copy of the same name is read the same.
        let copy = name.replace(".geojson", " (2).geojson");
        assert_eq!(
            accept_contribution(&copy, &text, None, false, now()),
            Ok(got)
        );
    }

    #[test]
    fn the_same_phone_may_change_and_remove_its_pin() {
        let (name, text) = dropped(&pin(), SECRET);
        let mut mine = accept_contribution(&name, &text, None, true, now()).expect("accepted");
        mine.set_hidden(true);
        let edit = Pin {
            title: "Het nieuwe bankje".into(),
            updated_at: LATER.into(),
            ..pin()
        };
        let (name, text) = dropped(&edit, SECRET);
        let got = accept_contribution(&name, &text, Some(&mine), false, now()).expect("edit");
        assert_eq!(got.title, "Het nieuwe bankje");
        assert!(got.hidden() && got.waiting());
        assert_eq!(got.owner(), mine.owner());
        // Once the organiser said OK, an edit does not bring the wait back.
        mine.set_waiting(false);
        mine.set_hidden(false);
        let got = accept_contribution(&name, &text, Some(&mine), true, now()).expect("edit");
        assert!(!got.hidden() && !got.waiting());
        let gone = pin().tombstone("2026-11-25T12:00:00.000Z");
        let (name, text) = dropped(&gone, SECRET);
        let got = accept_contribution(&name, &text, Some(&mine), false, now()).expect("removal");
        assert!(got.deleted && got.title.is_empty());
        assert_eq!(got.owner(), mine.owner());
    }

    #[test]
    fn nobody_changes_a_pin_that_is_not_theirs() {
        let (name, text) = dropped(&pin(), SECRET);
        let mine = accept_contribution(&name, &text, None, false, now()).expect("accepted");
        let (name, text) = dropped(&pin().tombstone(LATER), OTHER);
        assert_eq!(
            accept_contribution(&name, &text, Some(&mine), false, now()),
            Err(ContributionError::NotTheirs { id: ID.into() })
        );
        // The organiser's own pin (no owner) cannot be reached through the drop at all.
        let (name, text) = dropped(&pin(), SECRET);
        assert_eq!(
            accept_contribution(&name, &text, Some(&pin()), false, now()),
            Err(ContributionError::NotTheirs { id: ID.into() })
        );
    }

    #[test]
    fn a_file_cannot_claim_what_only_the_organiser_sets() {
        let (name, _) = dropped(&pin(), SECRET);
        let mut v = feature(&as_dropped(&pin(), SECRET));
        v["properties"]["owner"] = owner_of(OTHER).into();
        v["properties"]["hidden"] = true.into();
        v["properties"]["waiting"] = true.into();
        let got = accept_contribution(&name, &v.to_string(), None, false, now()).expect("ok");
        assert_eq!(got.owner(), Some(owner_of(SECRET).as_str()));
        assert!(!got.hidden() && !got.waiting());
        // Claiming another phone's owner does not make its pin reachable either.
        let theirs = Pin {
            extra: [("owner".to_owned(), Value::from(owner_of(OTHER)))]
                .into_iter()
                .collect(),
            ..pin()
        };
        assert_eq!(
            accept_contribution(&name, &v.to_string(), Some(&theirs), false, now()),
            Err(ContributionError::NotTheirs { id: ID.into() })
        );
    }

    #[test]
    fn a_contribution_needs_a_key_a_good_name_and_a_good_pin() {
        let (name, _) = dropped(&pin(), SECRET);
        let with_key = |key: Value| {
            let mut v = feature(&as_dropped(&pin(), SECRET));
            v["properties"]["key"] = key;
            accept_contribution(&name, &v.to_string(), None, false, now())
        };
        for bad in [
            Value::Null,
            Value::from(12345678901234567_u64),
            Value::from("x".repeat(15)),
            Value::from("é".repeat(129)),
            serde_json::json!([SECRET]),
        ] {
            assert_eq!(
                with_key(bad.clone()),
                Err(ContributionError::NoKey),
                "{bad}"
            );
        }
        assert!(with_key(Value::from("é".repeat(16))).is_ok());
        assert!(with_key(Value::from("x".repeat(128))).is_ok());
        let mut v = feature(&as_dropped(&pin(), SECRET));
        if let Some(props) = v["properties"].as_object_mut() {
            props.remove("key");
        }
        assert_eq!(
            accept_contribution(&name, &v.to_string(), None, false, now()),
            Err(ContributionError::NoKey)
        );

        let (_, text) = dropped(&pin(), SECRET);
        let stem = name.trim_end_matches(".geojson");
        for bad in [
            format!("{ID}.geojson"),
            format!("{stem}.jpg"),
            "feest.geojson".to_owned(),
            format!("../{name}"),
        ] {
            assert_eq!(
                accept_contribution(&bad, &text, None, false, now()),
                Err(ContributionError::Name(bad.clone()))
            );
        }
        // The checks of a pulled file, with the id from the drop's name.
        let other = "1b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e24.1.geojson";
        assert_eq!(
            accept_contribution(other, &text, None, false, now()),
            Err(ContributionError::Pulled(PulledError::WrongId {
                file: other.into(),
                id: ID.into()
            }))
        );
        let mut v = feature(&as_dropped(&pin(), SECRET));
        v["properties"]["photo"] = format!("{stem}.jpg").into();
        assert_eq!(
            accept_contribution(&name, &v.to_string(), None, false, now()),
            Err(ContributionError::Pulled(PulledError::ForeignPhoto {
                photo: format!("{stem}.jpg"),
                id: ID.into()
            }))
        );
        let big = format!("{text}{}", " ".repeat(MAX_PULLED_BYTES));
        assert_eq!(
            accept_contribution(&name, &big, None, false, now()),
            Err(ContributionError::Pulled(PulledError::TooLarge(big.len())))
        );
        let far = crate::domain::time::format_rfc3339(now() + MAX_AHEAD_MS + 1);
        let (name, text) = dropped(
            &Pin {
                updated_at: far,
                ..pin()
            },
            SECRET,
        );
        assert!(matches!(
            accept_contribution(&name, &text, None, false, now()),
            Err(ContributionError::Pulled(PulledError::Invalid(_)))
        ));
    }

    #[test]
    fn the_drop_brings_pins_and_contributions() {
        use crate::domain::contribution::{
            contribution_feature, heart, heart_id, new_story, ContributionError as C,
        };
        // A pin goes the way it went.
        let (name, text) = dropped(&pin(), SECRET);
        let got = accept_dropped(&name, &text, None, None, false, now()).expect("a pin");
        assert_eq!(
            Ok(got),
            accept_contribution(&name, &text, None, false, now()).map(Contributed::Pin)
        );
        // A heart for the organiser's pin: anyone may give one.
        let hid = heart_id(SECRET, ID);
        let h = heart(&hid, ID, NOW);
        let drop = |c: &crate::domain::contribution::Contribution, secret: &str| {
            (
                c.drop_name(),
                contribution_feature(&as_dropped_contribution(c, secret)).to_string(),
            )
        };
        let (name, text) = drop(&h, SECRET);
        assert!(read_drop_name(&name).is_some_and(|n| n.id == hid));
        let Ok(Contributed::Contribution(given)) =
            accept_dropped(&name, &text, Some(&pin()), None, true, now())
        else {
            panic!("a heart");
        };
        assert_eq!(given.owner(), Some(owner_of(SECRET).as_str()));
        assert!(!given.waiting() && !given.extra.contains_key("key"));
        // Taken back by the same phone, not by another.
        let back = h.tombstone(LATER);
        let (name, text) = drop(&back, SECRET);
        assert!(matches!(
            accept_dropped(&name, &text, None, Some(&given), false, now()),
            Ok(Contributed::Contribution(c)) if c.deleted
        ));
        let (name, text) = drop(&back, OTHER);
        assert_eq!(
            accept_dropped(&name, &text, None, Some(&given), false, now()),
            Err(ContributionError::NotTheirs { id: hid.clone() })
        );
        let no_key = contribution_feature(&back).to_string();
        assert_eq!(
            accept_dropped(&name, &no_key, None, Some(&given), false, now()),
            Err(ContributionError::NoKey)
        );
        // A story waits for the organiser's OK when asked.
        let sid = "5e3f0a1c-0000-4000-8000-000000000001";
        let story = new_story(sid, ID, "Mooi plekje", "", vec![], vec![], NOW).expect("valid");
        let (name, text) = drop(&story, SECRET);
        assert!(matches!(
            accept_dropped(&name, &text, None, None, true, now()),
            Ok(Contributed::Contribution(c)) if c.waiting()
        ));
        assert!(matches!(
            accept_dropped(&name, &text, None, None, false, now()),
            Ok(Contributed::Contribution(c)) if !c.waiting()
        ));
        // Named after another id, a bad name, broken rules.
        let (other_name, _) = drop(&h, SECRET);
        assert_eq!(
            accept_dropped(&other_name, &text, None, None, false, now()),
            Err(ContributionError::Pulled(PulledError::WrongId {
                file: other_name.clone(),
                id: sid.into()
            }))
        );
        assert_eq!(
            accept_dropped(&format!("{sid}.geojson"), &text, None, None, false, now()),
            Err(ContributionError::Name(format!("{sid}.geojson")))
        );
        let mut v = contribution_feature(&as_dropped_contribution(&story, SECRET));
        v["properties"]["name"] = "n".repeat(41).into();
        assert_eq!(
            accept_dropped(&name, &v.to_string(), None, None, false, now()),
            Err(ContributionError::Contribution(C::NameTooLong(41)))
        );
        assert!(matches!(
            accept_dropped(&name, "{", None, None, false, now()),
            Err(ContributionError::Pulled(PulledError::NotJson(_)))
        ));
        let big = format!("{text}{}", " ".repeat(MAX_PULLED_BYTES));
        assert_eq!(
            accept_dropped(&name, &big, None, None, false, now()),
            Err(ContributionError::Pulled(PulledError::TooLarge(big.len())))
        );
    }

    /// A phone's stories and hearts, taken in as untrusted.
    mod contributions {
        use super::*;
        use crate::domain::contribution::tests::{story, ID};
        use crate::domain::contribution::{contribution_feature, ContributionError};

        /// A phone's file for `c`, given with `secret`.
        fn dropped(c: &Contribution, secret: &str) -> String {
            contribution_feature(&as_dropped_contribution(c, secret)).to_string()
        }

        #[test]
        fn a_phone_adds_to_anyones_pin_and_takes_back_only_its_own() {
            let mine = accept_dropped_contribution(&dropped(&story(), SECRET), None, now())
                .expect("accepted");
            assert_eq!(mine.owner(), Some(owner_of(SECRET).as_str()));
            assert!(!mine.extra.contains_key("key"));
            let stored = contribution_feature(&mine).to_string();
            assert!(!stored.contains(SECRET) && !stored.contains("\"key\""));
            // The same phone changes and takes back its story.
            let edit = Contribution {
                text: "Nog mooier".into(),
                updated_at: LATER.into(),
                ..story()
            };
            let got = accept_dropped_contribution(&dropped(&edit, SECRET), Some(&mine), now())
                .expect("edit");
            assert_eq!(got.text, "Nog mooier");
            let gone = mine.tombstone(LATER);
            let got = accept_dropped_contribution(&dropped(&gone, SECRET), Some(&mine), now())
                .expect("taken back");
            assert!(got.deleted && got.text.is_empty());
            assert_eq!(got.owner(), mine.owner());
            // Another phone, or one without a key, may not.
            assert_eq!(
                accept_dropped_contribution(&dropped(&gone, OTHER), Some(&mine), now()),
                Err(ContributionError::NotTheirs { id: ID.into() })
            );
            // A contribution made on the organiser's device (no owner) is out of reach.
            assert_eq!(
                accept_dropped_contribution(&dropped(&gone, SECRET), Some(&story()), now()),
                Err(ContributionError::NotTheirs { id: ID.into() })
            );
            let no_key = contribution_feature(&gone).to_string();
            assert_eq!(
                accept_dropped_contribution(&no_key, None, now()),
                Err(ContributionError::NoKey)
            );
            for short_or_long in ["x".repeat(15), "é".repeat(129)] {
                assert_eq!(
                    accept_dropped_contribution(&dropped(&story(), &short_or_long), None, now()),
                    Err(ContributionError::NoKey)
                );
            }
            assert!(
                accept_dropped_contribution(&dropped(&story(), &"é".repeat(16)), None, now())
                    .is_ok()
            );
        }

        #[test]
        fn a_phone_cannot_claim_what_only_the_organiser_sets() {
            let mut v = contribution_feature(&as_dropped_contribution(&story(), SECRET));
            v["properties"]["owner"] = owner_of(OTHER).into();
            v["properties"]["waiting"] = false.into();
            v["properties"]["hidden"] = true.into();
            let got = accept_dropped_contribution(&v.to_string(), None, now()).expect("ok");
            assert_eq!(got.owner(), Some(owner_of(SECRET).as_str()));
            assert!(!got.extra.contains_key("hidden") && !got.extra.contains_key("waiting"));
            // A change by the same phone keeps whether it waits for the organiser's OK.
            let mut held = got.clone();
            held.set_waiting(true);
            let edit = Contribution {
                updated_at: LATER.into(),
                ..story()
            };
            let got = accept_dropped_contribution(&dropped(&edit, SECRET), Some(&held), now())
                .expect("edit");
            assert!(got.waiting());
            // What a phone sends never carries the owner or the organiser's flags.
            let d = as_dropped_contribution(&held, SECRET);
            assert!(d.owner().is_none() && !d.waiting());
            assert_eq!(d.extra.get("key"), Some(&Value::from(SECRET)));
        }

        #[test]
        fn broken_files_are_named() {
            let big = format!(
                "{}{}",
                dropped(&story(), SECRET),
                " ".repeat(MAX_PULLED_BYTES)
            );
            assert_eq!(
                accept_dropped_contribution(&big, None, now()),
                Err(ContributionError::TooLarge(big.len()))
            );
            assert!(matches!(
                accept_dropped_contribution("{\u{201c}", None, now()),
                Err(ContributionError::NotJson(_))
            ));
            assert_eq!(
                accept_dropped_contribution(r#"{"type":"FeatureCollection"}"#, None, now()),
                Err(ContributionError::NotAFeature)
            );
            assert_eq!(story().drop_name(), format!("{ID}.{}.geojson", now()));
        }
    }
}
