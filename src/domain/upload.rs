//! Uploading to a collection point (a WebDAV folder): where each pin goes, how long to wait
//! after a failure, what a failure means, and reading the folder's listing.
//!
//! One file per pin (`{folder}/{event}/{id}.geojson`, its photo as `{id}.jpg`): a retry writes
//! the same file again, so a pin can never arrive twice, and devices never conflict.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::contribution::{
    is_contribution_feature, read_contribution, Contribution, ContributionError,
};
use super::deed::{after_photo, set_after_photo};
use super::geojson::{own_feature, FeatureError};
use super::pin::{is_uuid, Pin, PinError, MAX_PULLED_BYTES};

/// Largest PROPFIND answer read, in bytes: room for some ten thousand files. [`listing`] reads
/// only this much of a longer one; a caller may refuse it before it arrives.
pub const MAX_LISTING_BYTES: usize = 4 * 1024 * 1024;

use super::time::parse_rfc3339;

/// Where pins go; kept on this device only (never in an export, a URL or a log: its `Debug`
/// leaves the password out).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UploadSettings {
    /// The WebDAV folder, e.g. `https://wolk.example.nl/remote.php/dav/files/buurt/oase/`.
    pub url: String,
    pub user: String,
    pub password: String,
    /// The event's name; its pins go into a folder of that name.
    pub event: String,
    /// Set when the organiser saved a destination: only then does anything leave the device.
    pub enabled: bool,
    /// Whether this device also reads the collection (the celebration screen does).
    pub pull: bool,
    /// Seconds between two reads of the collection.
    pub pull_seconds: u32,
}

impl std::fmt::Debug for UploadSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        debug_folder(f, "UploadSettings", &self.url, &self.user, &self.password)
            .field("event", &self.event)
            .field("enabled", &self.enabled)
            .field("pull", &self.pull)
            .field("pull_seconds", &self.pull_seconds)
            .finish()
    }
}

/// A secret as a `Debug` shows it: `…` when there is one, so a log tells set from unset
/// without giving it away.
pub(crate) fn redacted(secret: &str) -> &'static str {
    if secret.is_empty() {
        ""
    } else {
        "…"
    }
}

/// The start of the `Debug` of a folder written to with a user and password: its address,
/// its user as given (pass it [`redacted`] where the user is a secret too), and its password
/// [`redacted`].
pub(crate) fn debug_folder<'a, 'b: 'a>(
    f: &'a mut std::fmt::Formatter<'b>,
    name: &str,
    url: &str,
    user: &dyn std::fmt::Debug,
    password: &str,
) -> std::fmt::DebugStruct<'a, 'b> {
    let mut d = f.debug_struct(name);
    d.field("url", &url)
        .field("user", user)
        .field("password", &redacted(password));
    d
}

impl UploadSettings {
    /// Whether pins are sent.
    pub fn active(&self) -> bool {
        self.enabled && is_folder_url(&self.url)
    }

    /// The event's folder, ending in `/`.
    pub fn folder(&self) -> String {
        format!(
            "{}/{}/",
            self.url.trim().trim_end_matches('/'),
            folder_name(&self.event)
        )
    }

    /// The file of pin `id`, with the extension `ext` (`geojson` or `jpg`).
    pub fn file(&self, id: &str, ext: &str) -> String {
        format!("{}{id}.{ext}", self.folder())
    }

    /// The `Authorization` header value, if a user is set.
    pub fn authorization(&self) -> Option<String> {
        (!self.user.is_empty()).then(|| {
            format!(
                "Basic {}",
                base64(format!("{}:{}", self.user, self.password).as_bytes())
            )
        })
    }

    pub fn pull_interval_ms(&self) -> f64 {
        f64::from(self.pull_seconds.clamp(5, 3600)) * 1000.0
    }
}

/// Whether `url` can be a collection point: http(s), or a path on this site (`/dav/`).
pub fn is_folder_url(url: &str) -> bool {
    let u = url.trim();
    u.starts_with("https://") || is_local_http(u) || (u.starts_with('/') && !u.starts_with("//"))
}

/// Plain `http://` only to this machine (tests, a laptop serving itself): anywhere else the
/// password would cross the network readable by anyone on the venue's wifi.
fn is_local_http(u: &str) -> bool {
    let Some(rest) = u.strip_prefix("http://") else {
        return false;
    };
    let host_port = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host_port.contains('@') {
        return false;
    }
    let host = match host_port.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host_port.split(':').next().unwrap_or_default(),
    };
    host.eq_ignore_ascii_case("localhost")
        || host == "::1"
        || host.strip_prefix("127.").is_some_and(|r| {
            r.split('.').count() == 3 && r.split('.').all(|n| n.parse::<u8>().is_ok())
        })
}

/// An event name as a folder name: lower case letters, digits and dashes ("Buurtweek 2026" →
/// "buurtweek-2026"); "oase" when nothing is left.
pub fn folder_name(event: &str) -> String {
    let mut out = String::new();
    for c in event.trim().to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "oase".into()
    } else {
        out
    }
}

/// A folder and the folders above it, deepest first, up to (not including) the server's root:
/// `https://h/dav/oase/feest/` → that, `https://h/dav/oase/`, `https://h/dav/`.
pub fn folder_chain(folder: &str) -> Vec<String> {
    let root = folder
        .find("://")
        .and_then(|i| folder[i + 3..].find('/').map(|j| i + 3 + j + 1))
        .unwrap_or(folder.len());
    let mut chain = vec![folder.to_owned()];
    let mut path = folder.trim_end_matches('/');
    while let Some(cut) = path.rfind('/') {
        if cut < root {
            break;
        }
        path = &path[..cut];
        chain.push(format!("{path}/"));
    }
    chain
}

/// Standard base64 (RFC 4648) for the Basic authorization header.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// How long to wait before trying a pin again after `attempts` failures: 1 s, 2 s, 4 s… up to
/// a minute, so a server that comes back is used soon without being hammered meanwhile.
pub fn backoff_ms(attempts: u32) -> f64 {
    (1000.0 * 2f64.powi(attempts.min(16) as i32)).min(60_000.0)
}

/// What went wrong, in terms an organiser can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No answer at all: offline, a wrong address, or the server is down.
    Unreachable,
    /// The server answers, but not to this app (no CORS headers for it).
    Cors,
    /// 401 or 403: the user name or password is wrong, or may not write here.
    Refused,
    /// 404 or 409: the folder does not exist.
    NoFolder,
    /// 405 (and the like) on PROPFIND: not a WebDAV folder.
    NotWebDav,
    /// 507 or 413: the server is full or the file too large.
    Full,
    /// A 5xx or any other failure: worth trying again later.
    Server,
    /// A 3xx: the folder's address sends elsewhere. Not followed (a 303 would turn a PUT into a
    /// GET that looks like success); the organiser gives the new address.
    Moved,
}

/// The problem an HTTP status means (`None` for success).
impl Problem {
    /// Whether waiting may fix it (no answer, a server hiccup); a wrong password, a missing
    /// folder or a full server stay as they are until a person acts.
    pub fn heals(self) -> bool {
        matches!(self, Problem::Unreachable | Problem::Server)
    }
}

pub fn problem(status: u16) -> Option<Problem> {
    Some(match status {
        200..=299 => return None,
        401 | 403 => Problem::Refused,
        404 | 409 | 410 => Problem::NoFolder,
        405 | 501 => Problem::NotWebDav,
        413 | 507 => Problem::Full,
        _ => Problem::Server,
    })
}

/// One file in a PROPFIND listing.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    /// The file name, decoded (`<id>.geojson`).
    pub name: String,
    /// What changes when the file changes: the ETag if the server gives one, else the date and
    /// size together.
    pub version: String,
}

fn tag_text<'a>(block: &'a str, local: &str) -> Option<&'a str> {
    // Any namespace prefix (`D:`, `d:`, none): find `…local>` and the text up to the next `<`.
    let mut rest = block;
    while let Some(i) = rest.find(local) {
        let before = &rest[..i];
        let after = &rest[i + local.len()..];
        let opens = before.ends_with('<')
            || before.ends_with(':')
                && before
                    .rfind('<')
                    .is_some_and(|o| !before[o..].contains('/'));
        if opens {
            if let Some(body) = after.strip_prefix('>') {
                return body.find('<').map(|end| body[..end].trim());
            }
        }
        rest = after;
    }
    None
}

/// `%` and two hexadecimal digits become that byte; anything else stays as it is (a stray `%`,
/// or `%+1`, which `from_str_radix` would read as a signed number).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if let [b'%', hi, lo, ..] = bytes[i..] {
            if hi.is_ascii_hexdigit() && lo.is_ascii_hexdigit() {
                let digit = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                out.push(digit(hi) << 4 | digit(lo));
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The `.geojson` files of a PROPFIND (Depth 1) answer, whatever the server's XML prefixes.
/// Of an answer longer than [`MAX_LISTING_BYTES`], the whole responses within that size.
pub fn listing(xml: &str) -> Vec<Listed> {
    listing_within(xml, MAX_LISTING_BYTES)
}

fn listing_within(xml: &str, max: usize) -> Vec<Listed> {
    const END: &str = "response>";
    let xml = if xml.len() > max {
        let mut cut = max;
        while !xml.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &xml[..cut];
        head.rfind(END).map_or("", |i| &head[..i + END.len()])
    } else {
        xml
    };
    let lower = xml.replace("<D:", "<d:").replace("</D:", "</d:");
    lower
        .split(END)
        .filter_map(|block| {
            let href = tag_text(block, "href")?;
            let name = percent_decode(href.rsplit('/').next().unwrap_or_default());
            if !name.ends_with(".geojson") {
                return None;
            }
            let version = match tag_text(block, "getetag") {
                Some(etag) if !etag.is_empty() => etag.to_owned(),
                _ => format!(
                    "{}|{}",
                    tag_text(block, "getlastmodified").unwrap_or_default(),
                    tag_text(block, "getcontentlength").unwrap_or_default()
                ),
            };
            Some(Listed { name, version })
        })
        .collect()
}

/// Why a file from the collection point was not taken in, in plain words.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum PulledError {
    #[error("the file is {0} bytes; a pin's file is at most {MAX_PULLED_BYTES}")]
    TooLarge(usize),
    #[error("the file name {0:?} is not a pin's id followed by .geojson")]
    BadName(String),
    #[error("the file is not JSON: {0}")]
    NotJson(String),
    #[error("the file is JSON but not a GeoJSON Feature")]
    NotAFeature,
    #[error("the feature is a line or an area, not a point")]
    NotAPoint,
    #[error("the feature's place (longitude and latitude) is missing or unreadable")]
    BadCoordinates,
    #[error("the pin does not say whether it is a beauty, a place or a dream")]
    NoKind,
    #[error("one of the pin's fields cannot be read: {0}")]
    Unreadable(String),
    #[error("the pin breaks a rule: {0}")]
    Invalid(PinError),
    #[error("the file {file:?} holds another pin, {id:?}")]
    WrongId { file: String, id: String },
    #[error("the pin's photo {photo:?} is not its own file, {id}.jpg")]
    ForeignPhoto { photo: String, id: String },
    #[error("the contribution is refused: {0}")]
    Contribution(ContributionError),
}

impl From<FeatureError> for PulledError {
    fn from(e: FeatureError) -> Self {
        match e {
            FeatureError::NotAPoint(_) => PulledError::NotAPoint,
            FeatureError::BadCoordinates(_) => PulledError::BadCoordinates,
            FeatureError::NoKind(_) => PulledError::NoKind,
            FeatureError::Invalid(_, e) => PulledError::Invalid(e),
            FeatureError::Unreadable(_, e) => PulledError::Unreadable(e),
        }
    }
}

/// Checks one file pulled from the collection point before anything of it is kept: at most
/// [`MAX_PULLED_BYTES`]; a GeoJSON Feature read and validated as an import reads Oase's own
/// pins (times at most a day after `now_ms` included); named after the pin it holds
/// (`{id}.geojson`, so one file cannot overwrite another pin); and a photo, if any, that is
/// the file beside it (`{id}.jpg`), so a photo fetched for this pin is stored as this pin's.
pub fn accept_pulled(file_name: &str, text: &str, now_ms: i64) -> Result<Pin, PulledError> {
    let id = file_name.strip_suffix(".geojson").filter(|id| is_uuid(id));
    read_pin_file(file_name, id, text, now_ms)
}

/// The checks of [`accept_pulled`], for any file that must hold pin `id` (`None` when its name
/// does not say which pin: refused as [`PulledError::BadName`], after the size check). A
/// phone's contribution through a drop is checked by this too.
pub(crate) fn read_pin_file(
    file_name: &str,
    id: Option<&str>,
    text: &str,
    now_ms: i64,
) -> Result<Pin, PulledError> {
    let (id, feature) = read_feature(file_name, id, text)?;
    pin_of_file(file_name, id, &feature, now_ms)
}

/// The first checks of any collection file: its size, its name, and a GeoJSON Feature in it.
fn read_feature<'a>(
    file_name: &str,
    id: Option<&'a str>,
    text: &str,
) -> Result<(&'a str, Value), PulledError> {
    if text.len() > MAX_PULLED_BYTES {
        return Err(PulledError::TooLarge(text.len()));
    }
    let id = id.ok_or_else(|| PulledError::BadName(file_name.to_owned()))?;
    let feature: Value =
        serde_json::from_str(text).map_err(|e| PulledError::NotJson(e.to_string()))?;
    if feature.get("type").and_then(Value::as_str) != Some("Feature") {
        return Err(PulledError::NotAFeature);
    }
    Ok((id, feature))
}

/// The pin of a Feature read by [`read_feature`]: its own id, its own photo.
fn pin_of_file(
    file_name: &str,
    id: &str,
    feature: &Value,
    now_ms: i64,
) -> Result<Pin, PulledError> {
    let pin = own_feature(1, feature, now_ms)?;
    if pin.id != id {
        return Err(PulledError::WrongId {
            file: file_name.to_owned(),
            id: pin.id,
        });
    }
    let own = [photo_name(&pin.id), after_name(&pin.id)];
    let foreign = [pin.photo.clone(), after_photo(&pin)]
        .into_iter()
        .zip(own)
        .find_map(|(photo, own)| photo.filter(|p| *p != own));
    match foreign {
        Some(photo) => Err(PulledError::ForeignPhoto {
            photo,
            id: pin.id.clone(),
        }),
        None => Ok(pin),
    }
}

/// What a collection file holds: a pin, or a story or heart for a pin.
#[derive(Clone, Debug, PartialEq)]
pub enum PulledFile {
    Pin(Pin),
    Contribution(Contribution),
}

/// [`accept_pulled`] for a file that holds a pin or a contribution (`{id}.geojson` both). A
/// contribution is a Feature without geometry with a `contribution` property, read as one
/// from elsewhere (times at most a day after `now_ms`) and named after its own id.
pub fn accept_pulled_file(
    file_name: &str,
    text: &str,
    now_ms: i64,
) -> Result<PulledFile, PulledError> {
    let id = file_name.strip_suffix(".geojson").filter(|id| is_uuid(id));
    let (id, feature) = read_feature(file_name, id, text)?;
    if !is_contribution_feature(&feature) {
        return pin_of_file(file_name, id, &feature, now_ms).map(PulledFile::Pin);
    }
    let c = read_contribution(&feature, now_ms).map_err(PulledError::Contribution)?;
    if c.id != id {
        return Err(PulledError::WrongId {
            file: file_name.to_owned(),
            id: c.id,
        });
    }
    Ok(PulledFile::Contribution(c))
}

/// The name of pin `id`'s photo at the collection point.
fn photo_name(id: &str) -> String {
    format!("{id}.jpg")
}

/// The name of a done dream's photo after at the collection point.
pub fn after_name(id: &str) -> String {
    format!("{id}.{AFTER_EXT}")
}

/// The ending of a photo after's file name, after the pin's id and a dot.
pub const AFTER_EXT: &str = "after.jpg";

/// The pin as it is written to the collection point: its photos, if it has them, named as the
/// files beside it (`{id}.jpg`, `{id}.after.jpg`) instead of by this device's own storage
/// keys, which is what [`accept_pulled`] asks of a pulled pin.
pub fn as_uploaded(pin: &Pin) -> Pin {
    let mut out = Pin {
        photo: pin.photo.as_ref().map(|_| photo_name(&pin.id)),
        ..pin.clone()
    };
    if after_photo(pin).is_some() {
        set_after_photo(&mut out, Some(&after_name(&pin.id)));
    }
    out
}

/// The PROPFIND body asking for what [`listing`] reads.
pub const PROPFIND_BODY: &str = r#"<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:getlastmodified/><d:getcontentlength/></d:prop></d:propfind>"#;

/// What the outbox and the collection point look like from here.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UploadStatus {
    /// Pins waiting to be sent.
    pub pending: usize,
    /// Pins the collection point has.
    pub sent: usize,
    /// The last failure, until something succeeds again.
    pub problem: Option<Problem>,
    /// Sending stopped after failures that do not heal by waiting (a wrong password): trying
    /// on would only get the venue blocked. Saving the settings or "send now" starts again.
    pub halted: bool,
    /// Collection files that were not taken in (name, why), so the organiser can look.
    pub skipped: Vec<(String, String)>,
    /// Phones' contributions refused because they change or remove a pin that is not theirs
    /// (the organiser's, or another phone's).
    pub refused: usize,
}

/// A pin waiting in the outbox.
#[derive(Clone, Debug, PartialEq)]
pub struct Queued {
    /// The pin's `updated_at` when it was queued.
    pub version: String,
    pub attempts: u32,
}

impl Queued {
    /// As the outbox stores it.
    pub fn to_json(&self) -> String {
        serde_json::json!({ "v": self.version, "n": self.attempts }).to_string()
    }

    /// Whether the collection point having `sent` settles this entry: the version sent is at
    /// least as new as the one queued (a newer version may have arrived by pull or from another
    /// tab after this one was queued; waiting for the exact version would wait forever).
    pub fn settled_by(&self, sent: &str) -> bool {
        match (parse_rfc3339(&self.version), parse_rfc3339(sent)) {
            (Some(queued), Some(sent)) => sent >= queued,
            _ => self.version == sent,
        }
    }

    /// Read back from the outbox; `None` when it is not an entry.
    pub fn from_json(s: &str) -> Option<Self> {
        let v: serde_json::Value = serde_json::from_str(s).ok()?;
        Some(Self {
            version: v.get("v")?.as_str()?.to_owned(),
            attempts: v.get("n").and_then(serde_json::Value::as_u64).unwrap_or(0) as u32,
        })
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_password_stays_out_of_addresses_and_logs() {
        let s = UploadSettings {
            url: "https://wolk.example.nl/dav/".into(),
            user: "buurt".into(),
            password: "geheim-123".into(),
            event: "Feest".into(),
            enabled: true,
            ..UploadSettings::default()
        };
        for shown in [s.folder(), s.file("x", "jpg"), format!("{s:?}")] {
            assert!(!shown.contains("geheim-123"), "{shown}");
        }
        // Only the Authorization header carries it.
        assert!(s.authorization().is_some_and(|a| a.starts_with("Basic ")));
    }
    use super::*;

    #[test]
    fn files_are_named_by_event_and_pin() {
        let s = UploadSettings {
            url: "https://wolk.example.nl/dav/".into(),
            event: "Buurtweek Hengstdal 2026!".into(),
            enabled: true,
            ..UploadSettings::default()
        };
        assert!(s.active());
        assert_eq!(
            s.folder(),
            "https://wolk.example.nl/dav/buurtweek-hengstdal-2026/"
        );
        assert_eq!(
            s.file("abc", "jpg"),
            "https://wolk.example.nl/dav/buurtweek-hengstdal-2026/abc.jpg"
        );
        assert_eq!(folder_name("  "), "oase");
        assert_eq!(folder_name("Één — twee"), "n-twee");
        assert!(!UploadSettings {
            enabled: false,
            ..s.clone()
        }
        .active());
        assert!(
            is_folder_url("/dav/")
                && !is_folder_url("//evil.example/")
                && is_folder_url("http://127.0.0.1:8080/dav/")
                && is_folder_url("http://localhost/dav/")
                && is_folder_url("http://[::1]:81/dav/")
                && !is_folder_url("http://buurthuis.example/dav/")
                && !is_folder_url("http://192.168.1.10/dav/")
                && !is_folder_url("http://127.0.0.1.evil.example/dav/")
                && !is_folder_url("http://localhost@evil.example/dav/")
                && !is_folder_url("ftp://x")
        );
    }

    #[test]
    fn the_folder_chain_stops_at_the_server_root() {
        assert_eq!(
            folder_chain("https://h.nl/dav/feest/"),
            ["https://h.nl/dav/feest/", "https://h.nl/dav/"]
        );
        assert_eq!(folder_chain("https://h.nl/"), ["https://h.nl/"]);
    }

    #[test]
    fn basic_auth_is_base64_of_utf8() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        let s = UploadSettings {
            user: "oase".into(),
            password: "geheim€".into(),
            ..UploadSettings::default()
        };
        assert_eq!(
            s.authorization().as_deref(),
            Some("Basic b2FzZTpnZWhlaW3igqw=")
        );
        assert_eq!(UploadSettings::default().authorization(), None);
    }

    #[test]
    fn backoff_doubles_up_to_a_minute() {
        assert_eq!(backoff_ms(0), 1000.0);
        assert_eq!(backoff_ms(3), 8000.0);
        assert_eq!(backoff_ms(40), 60_000.0);
    }

    #[test]
    fn statuses_mean_problems() {
        assert_eq!(problem(201), None);
        assert_eq!(problem(204), None);
        assert_eq!(problem(401), Some(Problem::Refused));
        assert_eq!(problem(403), Some(Problem::Refused));
        assert_eq!(problem(404), Some(Problem::NoFolder));
        assert_eq!(problem(507), Some(Problem::Full));
        assert_eq!(problem(502), Some(Problem::Server));
    }

    #[test]
    fn listings_from_nginx_and_nextcloud() {
        // nginx dav-ext: no ETag, so date and size.
        let nginx = r#"<?xml version="1.0" encoding="utf-8" ?><D:multistatus xmlns:D="DAV:">
<D:response><D:href>/dav/buurt/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop></D:propstat></D:response>
<D:response><D:href>/dav/buurt/0b5f%203c.geojson</D:href><D:propstat><D:prop><D:getlastmodified>Wed, 25 Nov 2026 10:00:00 GMT</D:getlastmodified><D:getcontentlength>312</D:getcontentlength></D:prop></D:propstat></D:response>
<D:response><D:href>/dav/buurt/0b5f.jpg</D:href></D:response></D:multistatus>"#;
        assert_eq!(
            listing(nginx),
            vec![Listed {
                name: "0b5f 3c.geojson".into(),
                version: "Wed, 25 Nov 2026 10:00:00 GMT|312".into()
            }]
        );
        // Nextcloud (sabre/dav): lower-case prefix, ETags.
        let nextcloud = r#"<d:multistatus xmlns:d="DAV:"><d:response><d:href>/remote.php/dav/files/a/oase/x.geojson</d:href><d:propstat><d:prop><d:getetag>&quot;5f1&quot;</d:getetag></d:prop></d:propstat></d:response></d:multistatus>"#;
        assert_eq!(
            listing(nextcloud),
            vec![Listed {
                name: "x.geojson".into(),
                version: "&quot;5f1&quot;".into()
            }]
        );
    }

    #[test]
    fn percent_escapes_need_two_hex_digits() {
        assert_eq!(percent_decode("a%20b%e2%80%9Cc"), "a b\u{201c}c");
        for kept in [
            "%+1",
            "%-1",
            "100%",
            "%",
            "%2",
            "%zz",
            "%\u{e9}\u{e9}",
            "%2\u{e9}",
        ] {
            assert_eq!(percent_decode(kept), kept);
        }
    }

    mod pulled {
        use super::super::*;
        use crate::domain::geojson::feature;
        use crate::domain::pin::tests::{now, NOW};
        use crate::domain::pin::{PinKind, MAX_AHEAD_MS};

        const ID: &str = "0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23";
        const FILE: &str = "0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23.geojson";

        fn pin() -> Pin {
            Pin {
                title: "Het bankje".into(),
                photo: Some("5e3f0a1c-0000-4000-8000-000000000009.jpg".into()),
                ..Pin::new(ID, PinKind::Beauty, 51.837, 5.887, NOW).expect("valid")
            }
        }

        fn file(p: &Pin) -> String {
            feature(&as_uploaded(p)).to_string()
        }

        /// The uploaded Feature with `edit` applied to its JSON.
        fn edited(edit: impl FnOnce(&mut Value)) -> String {
            let mut v = feature(&as_uploaded(&pin()));
            edit(&mut v);
            v.to_string()
        }

        #[test]
        fn a_pin_as_uploaded_is_accepted() {
            let p = pin();
            let back = accept_pulled(FILE, &file(&p), now()).expect("accepted");
            assert_eq!(back.photo.as_deref(), Some(&*format!("{ID}.jpg")));
            assert_eq!(back, as_uploaded(&p));
            let bare = Pin {
                photo: None,
                ..p.clone()
            };
            assert_eq!(accept_pulled(FILE, &file(&bare), now()), Ok(bare));
            let gone = p.tombstone("2026-11-25T11:00:00.000Z");
            assert_eq!(accept_pulled(FILE, &file(&gone), now()), Ok(gone));
        }

        #[test]
        fn each_broken_rule_is_named() {
            let big = format!("{}{}", file(&pin()), " ".repeat(MAX_PULLED_BYTES));
            assert_eq!(
                accept_pulled(FILE, &big, now()),
                Err(PulledError::TooLarge(big.len()))
            );
            for name in [
                "x.geojson",
                ID,
                "../0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23.geojson",
            ] {
                assert_eq!(
                    accept_pulled(name, &file(&pin()), now()),
                    Err(PulledError::BadName(name.into()))
                );
            }
            assert!(matches!(
                accept_pulled(FILE, "{\u{201c}id\u{201d}", now()),
                Err(PulledError::NotJson(_))
            ));
            let collection = crate::domain::geojson::export(&[pin()]);
            assert_eq!(
                accept_pulled(FILE, &collection, now()),
                Err(PulledError::NotAFeature)
            );
            let cases: Vec<(String, PulledError)> = vec![
                (
                    edited(|v| v["geometry"]["type"] = "LineString".into()),
                    PulledError::NotAPoint,
                ),
                (
                    edited(|v| v["geometry"]["coordinates"] = serde_json::json!(["5.8"])),
                    PulledError::BadCoordinates,
                ),
                (
                    edited(|v| v["properties"]["kind"] = "unicorn".into()),
                    PulledError::NoKind,
                ),
                (
                    edited(|v| v["geometry"]["coordinates"][1] = 95.0.into()),
                    PulledError::Invalid(PinError::Latitude(95.0)),
                ),
                (
                    edited(|v| v["properties"]["updated_at"] = "9999-01-01T00:00:00Z".into()),
                    PulledError::Invalid(PinError::FromTheFuture("9999-01-01T00:00:00Z".into())),
                ),
                (
                    edited(|v| v["properties"]["title"] = "x".repeat(121).into()),
                    PulledError::Invalid(PinError::TitleTooLong(121)),
                ),
            ];
            for (text, e) in cases {
                assert_eq!(accept_pulled(FILE, &text, now()), Err(e), "{text}");
            }
            assert!(matches!(
                accept_pulled(
                    FILE,
                    &edited(|v| v["properties"]["talents"] = 5.into()),
                    now()
                ),
                Err(PulledError::Unreadable(_))
            ));
            // A day ahead of this device's clock is still a clock a little off.
            let ahead = crate::domain::time::format_rfc3339(now() + MAX_AHEAD_MS);
            assert!(accept_pulled(
                FILE,
                &edited(|v| v["properties"]["updated_at"] = ahead.into()),
                now()
            )
            .is_ok());
        }

        #[test]
        fn a_file_holds_its_own_pin_and_its_own_photo() {
            let other = "1b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e24.geojson";
            assert_eq!(
                accept_pulled(other, &file(&pin()), now()),
                Err(PulledError::WrongId {
                    file: other.into(),
                    id: ID.into()
                })
            );
            for photo in [
                "5e3f0a1c-0000-4000-8000-000000000009.jpg",
                "1b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e24.jpg",
                "../0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23.jpg",
                "0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23.png",
            ] {
                assert_eq!(
                    accept_pulled(
                        FILE,
                        &edited(|v| v["properties"]["photo"] = photo.into()),
                        now()
                    ),
                    Err(PulledError::ForeignPhoto {
                        photo: photo.into(),
                        id: ID.into()
                    })
                );
            }
        }

        #[test]
        fn a_done_dream_travels_with_its_own_photo_after_only() {
            let mut done = pin();
            set_after_photo(&mut done, Some("1796169600000-abc.jpg"));
            let up = as_uploaded(&done);
            let after = format!("{ID}.after.jpg");
            assert_eq!(after_photo(&up), Some(after.clone()));
            assert_eq!(accept_pulled(FILE, &file(&done), now()), Ok(up));
            for photo in [
                "1796169600000-abc.jpg",
                "1b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e24.after.jpg",
                "0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23.jpg",
            ] {
                assert_eq!(
                    accept_pulled(
                        FILE,
                        &edited(|v| v["properties"]["photo_after"] = photo.into()),
                        now()
                    ),
                    Err(PulledError::ForeignPhoto {
                        photo: photo.into(),
                        id: ID.into()
                    })
                );
            }
        }

        #[test]
        fn a_collection_file_holds_a_pin_or_a_contribution_of_its_own_name() {
            use crate::domain::contribution::{contribution_feature, heart, new_story};
            let p = pin();
            assert_eq!(
                accept_pulled_file(FILE, &file(&p), now()),
                Ok(PulledFile::Pin(as_uploaded(&p)))
            );
            let id = "5e3f0a1c-0000-4000-8000-000000000001";
            let name = format!("{id}.geojson");
            let story = new_story(id, ID, "Mooi", "Ali", vec![], vec![], NOW).expect("valid");
            for c in [story.clone(), story.tombstone(NOW), heart(id, ID, NOW)] {
                let text = contribution_feature(&c).to_string();
                assert_eq!(
                    accept_pulled_file(&name, &text, now()),
                    Ok(PulledFile::Contribution(c))
                );
            }
            let text = contribution_feature(&story).to_string();
            // Named after another record, or not after any.
            assert_eq!(
                accept_pulled_file(FILE, &text, now()),
                Err(PulledError::WrongId {
                    file: FILE.into(),
                    id: id.into()
                })
            );
            assert_eq!(
                accept_pulled_file("verhaal.geojson", &text, now()),
                Err(PulledError::BadName("verhaal.geojson".into()))
            );
            // The contribution's own rules.
            let mut v = contribution_feature(&story);
            v["properties"]["text"] = "x".repeat(1001).into();
            assert_eq!(
                accept_pulled_file(&name, &v.to_string(), now()),
                Err(PulledError::Contribution(ContributionError::TextTooLong(
                    1001
                )))
            );
            v["properties"]["contribution"] = "kudos".into();
            assert_eq!(
                accept_pulled_file(&name, &v.to_string(), now()),
                Err(PulledError::Contribution(ContributionError::NoKind))
            );
            // Without `contribution`, a Feature without geometry is a pin without a place.
            if let Some(props) = v["properties"].as_object_mut() {
                props.remove("contribution");
            }
            assert_eq!(
                accept_pulled_file(&name, &v.to_string(), now()),
                Err(PulledError::NotAPoint)
            );
            // The old reader takes pins only.
            assert_eq!(
                accept_pulled(&name, &text, now()),
                Err(PulledError::NotAPoint)
            );
            let big = format!("{text}{}", " ".repeat(MAX_PULLED_BYTES));
            assert_eq!(
                accept_pulled_file(&name, &big, now()),
                Err(PulledError::TooLarge(big.len()))
            );
        }

        #[test]
        fn a_long_listing_is_read_up_to_its_limit_in_whole_responses() {
            let response = |n: usize| {
                format!("<d:response><d:href>/dav/{n}.geojson</d:href><d:getetag>{n}</d:getetag></d:response>\n")
            };
            let xml: String = (0..10).map(response).collect();
            assert_eq!(listing_within(&xml, xml.len()).len(), 10);
            // Cut inside the fourth response: three whole ones are read.
            let cut = response(0).len() * 3 + 20;
            let names: Vec<String> = listing_within(&xml, cut)
                .into_iter()
                .map(|l| l.name)
                .collect();
            assert_eq!(names, ["0.geojson", "1.geojson", "2.geojson"]);
            // A cut inside a multi-byte character, and no whole response at all.
            assert!(listing_within("<d:href>\u{201c}", 10).is_empty());
        }
    }
}
