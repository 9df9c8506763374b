//! The doors the store writes through: storage (pins, photos, the upload outbox) and the
//! collection point (WebDAV), as traits. The app uses IndexedDB and `fetch`
//! ([`IdbRepository`], [`FetchDav`]); native tests use the in-memory stand-ins
//! ([`MemoryRepository`], [`MemoryDav`]), so the store and the sync loop are tested without a
//! browser, the way galileo keeps its IO behind a trait.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use wasm_bindgen::JsValue;

use crate::browser::{dav, idb};
use crate::domain::contribution::Contribution;
use crate::domain::geojson::feature;
use crate::domain::pin::Pin;
use crate::domain::upload::folder_chain;
pub use crate::domain::upload::Queued;

pub use crate::browser::dav::DavError;
pub use crate::browser::idb::StorageError;

/// Pins and their photos on this device.
#[allow(async_fn_in_trait)] // single-threaded (wasm): no `Send` bound is wanted
pub trait PinRepository {
    /// A photo as the repository keeps it: a `Blob` in the browser, bytes in memory.
    type Photo: Clone + 'static;

    /// Every stored pin, tombstones included.
    async fn load_pins(&self) -> Result<Vec<Pin>, StorageError>;
    /// Writes `pins` in one transaction; with `queue`, their outbox entries in the same one.
    /// Resolves once the transaction has completed.
    async fn put_pins(&self, pins: &[Pin], queue: bool) -> Result<(), StorageError>;
    /// Every stored contribution (stories, hearts), tombstones included.
    async fn load_contributions(&self) -> Result<Vec<Contribution>, StorageError>;
    /// Writes contributions like [`put_pins`](Self::put_pins) writes pins (same outbox).
    async fn put_contributions(&self, cs: &[Contribution], queue: bool)
        -> Result<(), StorageError>;
    async fn photo(&self, key: &str) -> Result<Option<Self::Photo>, StorageError>;
    async fn put_photo(&self, key: &str, photo: &Self::Photo) -> Result<(), StorageError>;
    async fn delete_photo(&self, key: &str) -> Result<(), StorageError>;
    /// The keys of every stored photo.
    async fn photo_keys(&self) -> Result<Vec<String>, StorageError>;
    /// A photo from elsewhere made safe to keep and show: decoded and encoded again as a JPEG
    /// within the size cap (as camera photos are), or `None` when it is not a picture.
    async fn clean_photo(&self, photo: Self::Photo) -> Option<Self::Photo>;
}

/// The largest photo taken in from the collection point, before it is encoded again.
pub const MAX_PULLED_PHOTO_BYTES: usize = 20 * 1024 * 1024;

/// What waits to be uploaded, and how many pins the collection point has.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outbox {
    pub queue: Vec<(String, Queued)>,
    pub sent: usize,
}

/// The upload outbox (written with the pins by [`PinRepository::put_pins`]).
#[allow(async_fn_in_trait)]
pub trait OutboxRepository {
    async fn outbox(&self) -> Result<Outbox, StorageError>;
    /// The collection point has `version` of pin `id`: it leaves the outbox unless the pin
    /// changed again meanwhile.
    async fn mark_sent(&self, id: &str, version: &str) -> Result<(), StorageError>;
    /// One more failed attempt (unless the pin changed meanwhile).
    async fn mark_failed(&self, id: &str, queued: &Queued) -> Result<(), StorageError>;
    /// The version of each pin the collection point has, by pin id.
    async fn sent_versions(&self) -> Result<Vec<(String, String)>, StorageError>;
}

/// What a request carries.
#[derive(Clone, Debug, PartialEq)]
pub enum Body<P> {
    None,
    Text(String),
    Photo(P),
}

/// One request to the collection point.
#[derive(Clone, Debug, PartialEq)]
pub struct DavRequest<P> {
    pub method: &'static str,
    pub url: String,
    pub auth: Option<String>,
    pub content_type: Option<&'static str>,
    pub depth: Option<&'static str>,
    pub body: Body<P>,
    /// Read the answer as a photo instead of text.
    pub want_photo: bool,
    /// On no answer, find out whether CORS was the reason (one more request).
    pub probe: bool,
}

impl<P> DavRequest<P> {
    pub fn new(method: &'static str, url: impl Into<String>, auth: Option<String>) -> Self {
        Self {
            method,
            url: url.into(),
            auth,
            content_type: None,
            depth: None,
            body: Body::None,
            want_photo: false,
            probe: false,
        }
    }
}

/// What the server answered.
#[derive(Clone, Debug, PartialEq)]
pub struct DavAnswer<P> {
    pub status: u16,
    pub text: String,
    pub photo: Option<P>,
}

impl<P> DavAnswer<P> {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// The collection point.
#[allow(async_fn_in_trait)]
pub trait Dav {
    type Photo;
    async fn send(
        &self,
        request: DavRequest<Self::Photo>,
    ) -> Result<DavAnswer<Self::Photo>, DavError>;
}

/// IndexedDB, the app's storage.
#[derive(Clone, Copy, Debug, Default)]
pub struct IdbRepository;

impl PinRepository for IdbRepository {
    type Photo = web_sys::Blob;

    async fn load_pins(&self) -> Result<Vec<Pin>, StorageError> {
        idb::load_pins().await
    }
    async fn put_pins(&self, pins: &[Pin], queue: bool) -> Result<(), StorageError> {
        if queue {
            idb::put_pins_queued(pins).await
        } else {
            idb::put_pins(pins).await
        }
    }
    async fn load_contributions(&self) -> Result<Vec<Contribution>, StorageError> {
        idb::load_contributions().await
    }
    async fn put_contributions(
        &self,
        cs: &[Contribution],
        queue: bool,
    ) -> Result<(), StorageError> {
        idb::put_contributions(cs, queue).await
    }
    async fn photo(&self, key: &str) -> Result<Option<web_sys::Blob>, StorageError> {
        idb::get_photo(key).await
    }
    async fn put_photo(&self, key: &str, photo: &web_sys::Blob) -> Result<(), StorageError> {
        idb::put_photo(key, photo).await
    }
    async fn delete_photo(&self, key: &str) -> Result<(), StorageError> {
        idb::delete_photo(key).await
    }
    async fn photo_keys(&self) -> Result<Vec<String>, StorageError> {
        idb::photo_keys().await
    }
    async fn clean_photo(&self, photo: web_sys::Blob) -> Option<web_sys::Blob> {
        // Whatever it claims to be (an SVG would run script as a same-origin document), the
        // canvas decodes it as a picture and makes a JPEG of it, or it is refused.
        if photo.size() > MAX_PULLED_PHOTO_BYTES as f64 {
            return None;
        }
        crate::browser::photo::resize(&photo).await.ok()
    }
}

impl OutboxRepository for IdbRepository {
    async fn outbox(&self) -> Result<Outbox, StorageError> {
        let (queue, sent) = idb::outbox().await?;
        Ok(Outbox {
            queue,
            sent: sent as usize,
        })
    }
    async fn mark_sent(&self, id: &str, version: &str) -> Result<(), StorageError> {
        idb::mark_sent(id, version).await
    }
    async fn mark_failed(&self, id: &str, queued: &Queued) -> Result<(), StorageError> {
        idb::mark_failed(id, queued).await
    }
    async fn sent_versions(&self) -> Result<Vec<(String, String)>, StorageError> {
        idb::sent_versions().await
    }
}

/// `fetch`, the app's way to the collection point.
#[derive(Clone, Copy, Debug, Default)]
pub struct FetchDav;

impl Dav for FetchDav {
    type Photo = web_sys::Blob;

    async fn send(
        &self,
        r: DavRequest<web_sys::Blob>,
    ) -> Result<DavAnswer<web_sys::Blob>, DavError> {
        let mut request = dav::Request::new(r.method, &r.url, r.auth);
        request.content_type = r.content_type;
        request.depth = r.depth;
        request.probe = r.probe;
        request.blob = r.want_photo;
        request.body = match r.body {
            Body::None => JsValue::UNDEFINED,
            Body::Text(t) => JsValue::from(t),
            Body::Photo(b) => b.into(),
        };
        let answer = request.send().await?;
        Ok(DavAnswer {
            status: answer.status,
            text: answer.text,
            photo: answer.blob,
        })
    }
}

/// Storage in memory: the stand-in for IndexedDB in native tests. Writes can be made to fail.
#[derive(Debug, Default)]
pub struct MemoryRepository {
    pub pins: RefCell<BTreeMap<String, Pin>>,
    pub contributions: RefCell<BTreeMap<String, Contribution>>,
    pub photos: RefCell<HashMap<String, Vec<u8>>>,
    pub queue: RefCell<BTreeMap<String, Queued>>,
    pub sent: RefCell<BTreeMap<String, String>>,
    /// When set, every write fails with this error (full storage, a private window).
    pub failing: RefCell<Option<StorageError>>,
}

impl MemoryRepository {
    fn check(&self) -> Result<(), StorageError> {
        self.failing.borrow().clone().map_or(Ok(()), Err)
    }

    /// With `queue`, puts record `id` at `version` in the outbox.
    fn enqueue(&self, queue: bool, id: &str, version: &str) {
        if queue {
            let entry = Queued {
                version: version.to_owned(),
                attempts: 0,
            };
            self.queue.borrow_mut().insert(id.to_owned(), entry);
        }
    }
}

impl PinRepository for MemoryRepository {
    type Photo = Vec<u8>;

    async fn load_pins(&self) -> Result<Vec<Pin>, StorageError> {
        Ok(self.pins.borrow().values().cloned().collect())
    }
    async fn put_pins(&self, pins: &[Pin], queue: bool) -> Result<(), StorageError> {
        self.check()?;
        for p in pins {
            self.pins.borrow_mut().insert(p.id.clone(), p.clone());
            self.enqueue(queue, &p.id, &p.updated_at);
        }
        Ok(())
    }
    async fn load_contributions(&self) -> Result<Vec<Contribution>, StorageError> {
        Ok(self.contributions.borrow().values().cloned().collect())
    }
    async fn put_contributions(
        &self,
        cs: &[Contribution],
        queue: bool,
    ) -> Result<(), StorageError> {
        self.check()?;
        for c in cs {
            self.contributions
                .borrow_mut()
                .insert(c.id.clone(), c.clone());
            self.enqueue(queue, &c.id, &c.updated_at);
        }
        Ok(())
    }
    async fn photo(&self, key: &str) -> Result<Option<Vec<u8>>, StorageError> {
        Ok(self.photos.borrow().get(key).cloned())
    }
    async fn delete_photo(&self, key: &str) -> Result<(), StorageError> {
        self.check()?;
        self.photos.borrow_mut().remove(key);
        Ok(())
    }
    async fn photo_keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.photos.borrow().keys().cloned().collect())
    }
    async fn clean_photo(&self, photo: Vec<u8>) -> Option<Vec<u8>> {
        // In memory "decoding" is the JPEG signature.
        (photo.len() <= MAX_PULLED_PHOTO_BYTES && photo.starts_with(&[0xFF, 0xD8, 0xFF]))
            .then_some(photo)
    }
    async fn put_photo(&self, key: &str, photo: &Vec<u8>) -> Result<(), StorageError> {
        self.check()?;
        self.photos
            .borrow_mut()
            .insert(key.to_owned(), photo.clone());
        Ok(())
    }
}

impl OutboxRepository for MemoryRepository {
    async fn outbox(&self) -> Result<Outbox, StorageError> {
        Ok(Outbox {
            queue: self
                .queue
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            sent: self.sent.borrow().len(),
        })
    }
    async fn mark_sent(&self, id: &str, version: &str) -> Result<(), StorageError> {
        let mut queue = self.queue.borrow_mut();
        if queue.get(id).is_some_and(|q| q.settled_by(version)) {
            queue.remove(id);
        }
        self.sent
            .borrow_mut()
            .insert(id.to_owned(), version.to_owned());
        Ok(())
    }
    async fn sent_versions(&self) -> Result<Vec<(String, String)>, StorageError> {
        Ok(self
            .sent
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect())
    }
    async fn mark_failed(&self, id: &str, queued: &Queued) -> Result<(), StorageError> {
        if let Some(q) = self.queue.borrow_mut().get_mut(id) {
            if q.version == queued.version {
                q.attempts = queued.attempts + 1;
            }
        }
        Ok(())
    }
}

/// A file on the in-memory collection point.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    Text(String),
    Photo(Vec<u8>),
}

/// A WebDAV folder in memory, the stand-in for the collection point in native tests: PUT,
/// GET, MKCOL, DELETE and a PROPFIND listing (with ETags), plus scripted faults.
#[derive(Debug, Default)]
pub struct MemoryDav {
    /// Path (the URL) → content and a version that changes with every write.
    pub files: RefCell<BTreeMap<String, (Stored, u32)>>,
    pub folders: RefCell<Vec<String>>,
    /// Statuses (or no answer) for the next requests, taken first.
    pub faults: RefCell<Vec<Result<u16, DavError>>>,
    /// Every request as `METHOD url`, in order.
    pub log: RefCell<Vec<String>>,
    /// Like a real server: MKCOL answers 409 unless the parent folder exists (or is the root).
    pub strict_folders: std::cell::Cell<bool>,
    writes: RefCell<u32>,
}

impl MemoryDav {
    /// Answers the next requests with these statuses (or no answer) instead of acting.
    pub fn fail_next(&self, faults: &[Result<u16, DavError>]) {
        self.faults.borrow_mut().extend_from_slice(faults);
    }

    /// Puts a pin's file there, as another device would.
    pub fn plant(&self, url: &str, pin: &Pin) {
        let mut n = self.writes.borrow_mut();
        *n += 1;
        self.files
            .borrow_mut()
            .insert(url.to_owned(), (Stored::Text(feature(pin).to_string()), *n));
    }

    fn listing(&self, folder: &str) -> String {
        let mut xml = String::from(r#"<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">"#);
        for (url, (_, version)) in self.files.borrow().iter() {
            // Depth 1: the files in the folder, not those in folders below it.
            if let Some(name) = url.strip_prefix(folder).filter(|n| !n.contains('/')) {
                xml.push_str(&format!(
                    "<d:response><d:href>{folder}{name}</d:href><d:propstat><d:prop>\
                     <d:getetag>\"{version}\"</d:getetag></d:prop></d:propstat></d:response>"
                ));
            }
        }
        xml + "</d:multistatus>"
    }
}

impl Dav for MemoryDav {
    type Photo = Vec<u8>;

    async fn send(&self, r: DavRequest<Vec<u8>>) -> Result<DavAnswer<Vec<u8>>, DavError> {
        self.log
            .borrow_mut()
            .push(format!("{} {}", r.method, r.url));
        let answer = |status: u16| DavAnswer {
            status,
            text: String::new(),
            photo: None,
        };
        let fault = {
            let mut faults = self.faults.borrow_mut();
            (!faults.is_empty()).then(|| faults.remove(0))
        };
        if let Some(f) = fault {
            return f.map(answer);
        }
        Ok(match r.method {
            "MKCOL" => {
                let mut folders = self.folders.borrow_mut();
                // The server's root is always there; any other parent must have been made.
                let parent_there = folder_chain(&r.url)
                    .get(1)
                    .is_none_or(|parent| folders.contains(parent));
                if folders.contains(&r.url) {
                    answer(405)
                } else if self.strict_folders.get() && !parent_there {
                    answer(409)
                } else {
                    folders.push(r.url);
                    answer(201)
                }
            }
            "PUT" => {
                let stored = match r.body {
                    Body::Text(t) => Stored::Text(t),
                    Body::Photo(p) => Stored::Photo(p),
                    Body::None => Stored::Text(String::new()),
                };
                let mut n = self.writes.borrow_mut();
                *n += 1;
                self.files.borrow_mut().insert(r.url, (stored, *n));
                answer(201)
            }
            "DELETE" => match self.files.borrow_mut().remove(&r.url) {
                Some(_) => answer(204),
                None => answer(404),
            },
            "GET" => match self.files.borrow().get(&r.url) {
                Some((Stored::Text(t), _)) => DavAnswer {
                    status: 200,
                    text: t.clone(),
                    photo: None,
                },
                Some((Stored::Photo(p), _)) => DavAnswer {
                    status: 200,
                    text: String::new(),
                    photo: Some(p.clone()),
                },
                None => answer(404),
            },
            "PROPFIND" => DavAnswer {
                status: 207,
                text: self.listing(&r.url),
                photo: None,
            },
            _ => answer(405),
        })
    }
}
