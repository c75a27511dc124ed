//! One widget: the imperative shell around the core's [`Session::step`].
//!
//! Every action goes through [`App::update`], which steps the session and carries out the
//! effects the core decided: storage writes (gathered, written a moment later or when the page
//! is hidden), downloads, copying, printing, focus. This is the one place the widget changes
//! anything in the browser.

use std::rc::Rc;

use checklist_core::lang::Lang;
use checklist_core::model::Instrument;
use checklist_core::share::{self, ShareError};
use checklist_core::state::{Action, Effect, Focus, Library, Session, Snapshot, View};
use checklist_core::storage::{Keeper, KeyValueStore, Slot, LANG_KEY};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::language_switch::language_switch;
use super::notices::notices;
use super::questions::Questions;
use super::results::{results_view, ResultsProps};
use super::team_view::{add_files, TeamView};
use crate::browser::{
    clear_hash, copy_text, download, downloads_blocked, location_hash, now_millis, page_address, print_widget, today,
    Store,
};
use crate::links::ChecklistLinks;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub instrument: &'static Instrument,
    pub library: &'static Library,
    pub lang: Lang,
    /// Unique per widget on the page: keeps radio groups of two widgets apart.
    pub instance: Rc<str>,
    /// Where the other checklists are, for the reflection's "next" link.
    pub links: ChecklistLinks,
    /// The practice's contact link (`data-contact`): a button after the results, if set.
    pub contact: Option<String>,
    /// `data-mail`: the practice's address for "send my results" (else a `mailto:` contact's).
    pub mail: Option<String>,
    /// The offline copy (`data-offline-href`): a download link under the widget, if set.
    pub offline_href: Option<String>,
    /// Where share links point when this page has no web address (a copy opened from disk):
    /// `data-share-page`, else `share_page` of `content/site.toml`.
    pub share_page: Option<String>,
}

pub enum Message {
    Act(Action),
    /// Write what is waiting to be stored (a moment after the last change, or now: the page is
    /// being hidden or closed).
    Flush,
    /// Another tab or widget stored (or removed) this slot.
    StoredElsewhere(Slot),
    /// Step a copy of the session once, while the visitor reads (see [`WARM_UP_AFTER_MS`]).
    WarmUp,
}

/// How long answers wait before they are written: taps in quick succession make one write, and
/// the write never delays the frame that shows the tap.
const SAVE_DELAY_MS: u32 = 400;

/// V8 compiles each wasm function the first time it runs, and `Session::step` is the largest (its
/// compile took about 9 ms of the first tap on a phone-speed CPU). So a moment after the first
/// widget is drawn, one widget steps a copy of its session and drops the result: the step is
/// pure, nothing is stored or shown. The first tap's handlers took 10–24 ms less (README,
/// Performance).
const WARM_UP_AFTER_MS: u32 = 600;

/// Whether a widget on this page has asked for the warm-up: once is enough, the code is shared.
static WARM_UP_ASKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub struct App {
    session: Session,
    store: Store,
    keeper: Keeper,
    /// Values waiting to be written, per slot (the latest wins), each with the session's
    /// snapshot of it to hand back once written.
    pending: Vec<(Slot, Option<String>, Snapshot)>,
    save_timer: Option<Timeout>,
    focus: Option<Focus>,
    /// Downloads cannot work here (a sandboxed frame): the results offer the summary as text.
    downloads_blocked: bool,
    root: NodeRef,
    dispatch: Callback<Action>,
    _page_hidden: Option<EventListener>,
    _page_closed: Option<EventListener>,
    _hash_changed: Option<EventListener>,
    _stored: [Option<EventListener>; 2],
    _lang: Option<EventListener>,
}

/// The event a widget sends its neighbours on the page after it stored a slot.
const STORED_HERE: &str = "checklist-widget:storage";
/// The event a widget sends its neighbours when the visitor chose a language.
const LANG_CHOSEN: &str = "checklist-widget:lang";

/// Sends the page's other widgets news (`name`): a stored key, or a language, in a
/// `StorageEvent`'s `key`. `from`, the sender's instance in the event's `url`, lets the sender
/// ignore its own news.
fn announce(name: &str, key: Option<&str>, from: &str) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(key);
    init.set_url(from);
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::StorageEvent::new_with_event_init_dict(name, &init))
    {
        let _ = window.dispatch_event(&event);
    }
}

/// A share link for `instrument` in the page's address: its answers, or `Err` when it cannot be
/// read. `None` when there is none, or it is for another checklist.
fn shared_in_address(instrument: &'static Instrument) -> Option<Result<checklist_core::answers::Answers, ()>> {
    match share::decode(instrument, &location_hash()) {
        Ok(answers) => Some(Ok(answers)),
        Err(ShareError::Unreadable) => Some(Err(())),
        Err(ShareError::NotShared | ShareError::OtherChecklist) => None,
    }
}

impl Component for App {
    type Message = Message;
    type Properties = AppProps;

    fn create(ctx: &Context<Self>) -> Self {
        let props = ctx.props();
        let mut store = Store::open();
        let team_instrument = props.library.mirror_of(props.instrument).unwrap_or(props.instrument);
        let mut keeper = Keeper::new(props.instrument).with_team_instrument(team_instrument);
        let loaded = store.readable().then(|| keeper.load(&mut store, now_millis()));
        let shared = shared_in_address(props.instrument);
        // A share link for this widget: bring its results into view and to the keyboard, also
        // when the widget sits far down the page.
        let focus = shared.as_ref().map(|found| if found.is_ok() { Focus::Heading } else { Focus::Notices });
        // A language the visitor chose before wins over the page's default.
        let lang = store.get(LANG_KEY).as_deref().and_then(Lang::from_tag).unwrap_or(props.lang);
        let mut session = Session::new(props.instrument, lang)
            .with_library(props.library)
            .with_contact(props.contact.clone())
            .with_mail(props.mail.as_deref())
            .restore(loaded, shared);
        if store.readable() && !store.writable() {
            // Full or refusing: the answers above were still read; saving resumes when it can.
            session = session.step(Action::NotStored).0;
        }
        let flush = ctx.link().callback(|_: ()| Message::Flush);
        let on_hidden = {
            let flush = flush.clone();
            web_sys::window()
                .and_then(|w| w.document())
                .map(|document| EventListener::new(&document, "visibilitychange", move |_| flush.emit(())))
        };
        let on_closed =
            web_sys::window().map(|window| EventListener::new(&window, "pagehide", move |_| flush.emit(())));
        // A share link pasted into a tab that shows the page already arrives without a reload.
        let on_hash = {
            let (link, instrument) = (ctx.link().clone(), props.instrument);
            web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    if let Some(found) = shared_in_address(instrument) {
                        link.send_message(Message::Act(Action::ShareLinkArrived(found)));
                    }
                })
            })
        };
        // Another tab (`storage`) or another widget of this checklist on this page (the widget's
        // own event: `storage` never reaches the document that wrote) stored a slot: merge it.
        let on_stored = {
            let (link, instrument, instance) = (ctx.link().clone(), props.instrument, props.instance.clone());
            let listen = move |name: &'static str| {
                let (link, instance) = (link.clone(), instance.clone());
                web_sys::window().map(|window| {
                    EventListener::new(&window, name, move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                        if name == STORED_HERE && event.url().as_deref() == Some(&*instance) {
                            return;
                        }
                        let key = event.key();
                        let Some(slot) =
                            Slot::ALL.into_iter().find(|slot| key.as_deref() == Some(&slot.key(instrument)))
                        else {
                            return;
                        };
                        link.send_message(Message::StoredElsewhere(slot));
                    })
                })
            };
            [listen("storage"), listen(STORED_HERE)]
        };
        let on_lang = {
            let (link, instance) = (ctx.link().clone(), props.instance.clone());
            web_sys::window().map(|window| {
                EventListener::new(&window, LANG_CHOSEN, move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                    if event.url().as_deref() == Some(&*instance) {
                        return;
                    }
                    if let Some(lang) = event.key().as_deref().and_then(Lang::from_tag) {
                        link.send_message(Message::Act(Action::FollowLang(lang)));
                    }
                })
            })
        };
        App {
            session,
            store,
            keeper,
            pending: Vec::new(),
            save_timer: None,
            focus,
            downloads_blocked: downloads_blocked(),
            root: NodeRef::default(),
            dispatch: ctx.link().callback(Message::Act),
            _page_hidden: on_hidden,
            _page_closed: on_closed,
            _hash_changed: on_hash,
            _stored: on_stored,
            _lang: on_lang,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, message: Message) -> bool {
        match message {
            Message::Act(action) => self.act(ctx, action),
            Message::Flush => {
                self.save_timer = None;
                let mut changed = false;
                for (slot, value, snapshot) in std::mem::take(&mut self.pending) {
                    let outcome = self.keeper.write(&mut self.store, slot, value.as_deref(), now_millis());
                    if outcome.is_ok() {
                        announce(STORED_HERE, Some(&slot.key(ctx.props().instrument)), &ctx.props().instance);
                    }
                    changed |= self.act(ctx, Action::after_write(snapshot, outcome));
                }
                changed
            }
            Message::WarmUp => {
                let answer = checklist_core::answers::Answer::Unknown;
                let _ = self.session.clone().step(Action::Answer { item: 0, answer });
                false
            }
            Message::StoredElsewhere(slot) => {
                self.keeper.distrust(slot);
                // What storage holds now, not what the event carried: events can arrive late.
                let value = self.store.get(&slot.key(ctx.props().instrument));
                // What is still waiting here is merged by the step below, and saved again.
                self.pending.retain(|(waiting, ..)| *waiting != slot);
                self.act(ctx, Action::StoredElsewhere { slot, value })
            }
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        use std::sync::atomic::Ordering::Relaxed;
        if first_render && !WARM_UP_ASKED.swap(true, Relaxed) {
            let link = ctx.link().clone();
            Timeout::new(WARM_UP_AFTER_MS, move || link.send_message(Message::WarmUp)).forget();
        }
        let Some(focus) = self.focus.take() else { return };
        let selector = match focus {
            Focus::Heading => ".ckl-title",
            Focus::Notices => ".ckl-notices",
            Focus::MailPreview => ".ckl-mail-title",
            Focus::MailAction => ".ckl-mail-action",
        };
        let target = self.root.cast::<HtmlElement>().and_then(|root| root.query_selector(selector).ok().flatten());
        if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
            let _ = target.focus();
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let session = &self.session;
        let (lang, dispatch, instance) = (session.lang, self.dispatch.clone(), props.instance.clone());
        let text = checklist_core::ui_text::ui(lang);
        let body = match &session.view {
            View::Questions => html! {
                <Questions instrument={session.instrument} {lang} answers={session.answers.clone()} {dispatch} {instance}
                    team_label={session.open_team_label()} />
            },
            View::Results | View::Shared(_) => {
                let (report, shared) = match &session.view {
                    View::Shared(answers) => (session.shared_report(answers, today()), true),
                    _ => (session.report(today()), false),
                };
                let share_link = session.share_link_from(&page_address(), props.share_page.as_deref());
                // Made only while the preview is open: the button itself needs no draft.
                let mail_draft = (!shared && session.mail_preview)
                    .then(|| session.mail_draft(&report, share_link.as_deref(), today()))
                    .flatten()
                    .map(Rc::new);
                results_view(&ResultsProps {
                    report,
                    shared,
                    lang,
                    dispatch,
                    instance,
                    mail_offered: session.mail_to.is_some(),
                    mail_draft,
                    own_answers_given: session.answers.given_count() > 0,
                    links: props.links.clone(),
                    share_link,
                    share_page: props.share_page.clone(),
                    copied: session.copied,
                    download_failed: session.download_failed,
                    downloads_blocked: self.downloads_blocked,
                })
            }
            View::Team => html! {
                <TeamView instrument={session.team_instrument()} {lang} team={session.team.clone()} kept={session.team_is_kept()}
                    mirror={session.mirror_report(today()).map(Rc::new)} invite={session.invite_link(&page_address(), props.share_page.as_deref())}
                    share_page={props.share_page.clone()}
                    copied={session.copied} {dispatch} {instance} />
            },
        };
        // A file dropped anywhere on the widget never makes the browser open it and leave the
        // page; in the team overview it is added like one dropped on the drop zone.
        let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
        let ondrop = {
            let (dispatch, team) = (self.dispatch.clone(), session.view == View::Team);
            Callback::from(move |event: DragEvent| {
                if event.default_prevented() {
                    return;
                }
                event.prevent_default();
                if let (true, Some(files)) = (team, event.data_transfer().and_then(|d| d.files())) {
                    add_files(files, dispatch.clone());
                }
            })
        };
        html! {
            <div class="ckl" lang={lang.tag()} ref={self.root.clone()} {ondragover} {ondrop}>
                {language_switch(lang, &self.dispatch)}
                if !session.notices.is_empty() {
                    {notices(&session.notices, lang, &self.dispatch)}
                }
                {body}
                if let Some(href) = props.offline_href.clone() {
                    <p class="ckl-offline">
                        <a class="ckl-link" {href} download="checklist.html">{text.offline_copy}</a>
                        {" "}{text.offline_copy_why}
                    </p>
                }
            </div>
        }
    }
}

impl App {
    /// Steps the session and carries out what the core decided; `true` when the view changed.
    fn act(&mut self, ctx: &Context<Self>, action: Action) -> bool {
        let (next, effects) = self.session.clone().step(action);
        // Not `!=`: a save that worked changes only what the session knows storage holds.
        let changed = !next.shows_same_as(&self.session);
        self.session = next;
        for effect in effects {
            self.carry_out(ctx, effect);
        }
        // Focus moves after a render (`rendered`): one is asked for, so render.
        changed || self.focus.is_some()
    }

    fn carry_out(&mut self, ctx: &Context<Self>, effect: Effect) {
        match effect {
            Effect::Save { slot, value, snapshot } => {
                self.pending.retain(|(waiting, ..)| *waiting != slot);
                self.pending.push((slot, value, snapshot));
                if self.save_timer.is_none() {
                    let link = ctx.link().clone();
                    self.save_timer = Some(Timeout::new(SAVE_DELAY_MS, move || link.send_message(Message::Flush)));
                }
            }
            Effect::Download { file_name, mime_type, contents } => {
                if download(&file_name, mime_type, &contents).is_err() {
                    ctx.link().send_message(Message::Act(Action::DownloadFailed));
                }
            }
            Effect::CopyText(text) => {
                // Copied from the link field, which the older copy command (non-secure origins)
                // needs, and which is left selected for the visitor when copying fails.
                let field = self.root.cast::<web_sys::Element>().and_then(|root| {
                    root.query_selector(".ckl-share-link").ok().flatten()?.dyn_into::<web_sys::HtmlInputElement>().ok()
                });
                let link = ctx.link().clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let worked = match field {
                        Some(field) if field.value() == text => copy_text(&field).await,
                        _ => false,
                    };
                    link.send_message(Message::Act(Action::Copied(worked)));
                });
            }
            Effect::Focus(focus) => self.focus = Some(focus),
            Effect::RememberLang(lang) => {
                let _ = self.store.set(LANG_KEY, lang.tag());
                announce(LANG_CHOSEN, Some(lang.tag()), &ctx.props().instance);
            }
            Effect::ClearFragment => clear_hash(),
            Effect::Print => {
                if let Some(root) = self.root.cast::<web_sys::Element>() {
                    print_widget(&root);
                }
            }
        }
    }
}

impl Drop for App {
    /// A widget taken off the page still writes what it has not written yet.
    fn drop(&mut self) {
        for (slot, value, _) in std::mem::take(&mut self.pending) {
            let _ = self.keeper.write(&mut self.store, slot, value.as_deref(), now_millis());
        }
    }
}
