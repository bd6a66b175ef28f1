//! The one reply seam: every interaction is answered within Discord's 3 s, by construction.
//!
//! A handler returns a [`Reply`] (a message, a modal, autocomplete choices, or work to finish
//! after a deferral) and optionally work to do after the reply is sent; [`answer`] sends it.
//! If the handler has not decided within [`ACK_WITHIN`], the seam defers the response (the
//! member sees "thinking…") and edits it once the handler is done. An internal error anywhere
//! becomes one short ephemeral message with a reference and one error log line with the same
//! reference and its context; a member never sees "The application did not respond".

use super::render;
use crate::desk::{DeskError, StoreError};
use serenity::all::{
    AutocompleteChoice, ChannelId, CommandInteraction, ComponentInteraction, Context,
    CreateActionRow, CreateAttachment, CreateAutocompleteResponse, CreateEmbed,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage,
    CreateMessage, CreateModal, EditInteractionResponse, ModalInteraction,
};
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// How long a handler may take before the seam defers its response (Discord allows 3 s).
pub const ACK_WITHIN: Duration = Duration::from_millis(2000);

/// Work that finishes later, borrowing the event it came from.
pub type Job<'a, T> = Pin<Box<dyn Future<Output = Result<T, HandlerError>> + Send + 'a>>;

/// Wraps an async block as a [`Job`].
pub fn job<'a, T>(f: impl Future<Output = Result<T, HandlerError>> + Send + 'a) -> Job<'a, T> {
    Box::pin(f)
}

/// A "no" as the person being answered reads it: a [`crate::tickets::Refusal`] in their
/// language, or a text already written for them.
pub trait Said {
    fn said(&self) -> String;
}

impl Said for crate::tickets::Refusal {
    fn said(&self) -> String {
        self.text(super::locale::lang())
    }
}

impl Said for &str {
    fn said(&self) -> String {
        (*self).to_string()
    }
}

impl Said for String {
    fn said(&self) -> String {
        self.clone()
    }
}

/// Something went wrong that the person cannot fix: shown as "something went wrong" with a
/// reference, logged with its context.
#[derive(Debug)]
pub struct HandlerError(pub anyhow::Error);

impl HandlerError {
    /// The storage failure behind this error, if that is what it is.
    pub fn store_error(&self) -> Option<&StoreError> {
        store_error_of(&self.0)
    }
}

/// The storage failure behind an error, if that is what it is.
pub(crate) fn store_error_of(err: &anyhow::Error) -> Option<&StoreError> {
    match err.downcast_ref::<DeskError>() {
        Some(DeskError::Store(s)) => Some(s),
        _ => err.downcast_ref::<StoreError>(),
    }
}

impl<E: Into<anyhow::Error>> From<E> for HandlerError {
    fn from(e: E) -> HandlerError {
        HandlerError(e.into())
    }
}

/// The value of a desk call, or `return`s its refusal as the reply; a storage failure is an
/// internal error (`?`).
macro_rules! or_refuse {
    ($call:expr) => {
        match $call {
            Ok(v) => v,
            Err($crate::desk::DeskError::Refused(r)) => {
                return Ok($crate::bot::reply::Reply::refused(r))
            }
            Err(e) => return Err(e.into()),
        }
    };
    (msg $call:expr) => {
        match $call {
            Ok(v) => v,
            Err($crate::desk::DeskError::Refused(r)) => {
                return Ok($crate::bot::reply::Msg::ephemeral(
                    r.text($crate::bot::locale::lang()),
                ))
            }
            Err(e) => return Err(e.into()),
        }
    };
}
pub(crate) use or_refuse;

/// A message in answer to an interaction.
#[derive(Debug, Clone, Default)]
pub struct Msg {
    pub content: String,
    /// Only the person who interacted sees it.
    pub ephemeral: bool,
    pub embed: Option<CreateEmbed>,
    pub files: Vec<CreateAttachment>,
    /// Buttons or a select menu under the message.
    pub components: Vec<CreateActionRow>,
}

impl Msg {
    /// A message only the person who interacted sees.
    pub fn ephemeral(text: impl Into<String>) -> Msg {
        Msg {
            content: text.into(),
            ephemeral: true,
            ..Msg::default()
        }
    }

    /// A message everyone in the channel sees (it pings nobody).
    pub fn public(text: impl Into<String>) -> Msg {
        Msg {
            content: text.into(),
            ephemeral: false,
            ..Msg::default()
        }
    }

    fn content(&self) -> String {
        render::clip(&self.content, render::MAX_CONTENT)
    }

    fn create(self) -> CreateInteractionResponseMessage {
        let mut m = CreateInteractionResponseMessage::new()
            .ephemeral(self.ephemeral)
            .allowed_mentions(render::no_pings());
        if !self.content.is_empty() {
            m = m.content(self.content());
        }
        if let Some(e) = self.embed {
            m = m.embed(e);
        }
        if !self.components.is_empty() {
            m = m.components(self.components);
        }
        m.files(self.files)
    }

    fn edit(self) -> EditInteractionResponse {
        let mut m = EditInteractionResponse::new().allowed_mentions(render::no_pings());
        if !self.content.is_empty() {
            m = m.content(self.content());
        }
        if let Some(e) = self.embed {
            m = m.embed(e);
        }
        if !self.components.is_empty() {
            m = m.components(self.components);
        }
        for f in self.files {
            m = m.new_attachment(f);
        }
        m
    }
}

/// What a handler answers.
pub enum Response<'a> {
    Message(Box<Msg>),
    Modal(CreateModal),
    Choices(Vec<AutocompleteChoice>),
    /// Defer now (ephemeral), finish the work, then show its message.
    Later(Job<'a, Msg>),
    /// A button or menu's answer that replaces the message it is on (a step of a flow);
    /// anything else shows it as a message.
    Update(Box<Msg>),
    /// [`Response::Update`] after slow work: acknowledged at once (a deferred update, the
    /// message stays as it is meanwhile), then the message is replaced.
    UpdateLater(Job<'a, Msg>),
    /// Nothing to show (an autocomplete that cannot be answered any more).
    Nothing,
}

/// A handler's answer, and what to do once it is sent.
pub struct Reply<'a> {
    pub response: Response<'a>,
    /// Runs after the response is sent (posts that must come after it, in order).
    pub after: Option<Job<'a, ()>>,
}

impl<'a> Reply<'a> {
    pub fn ephemeral(text: impl Into<String>) -> Reply<'a> {
        Msg::ephemeral(text).into()
    }

    pub fn public(text: impl Into<String>) -> Reply<'a> {
        Msg::public(text).into()
    }

    /// A refusal or other user-facing "no", shown only to them, in their language.
    pub fn refused(why: impl Said) -> Reply<'a> {
        Reply::ephemeral(why.said())
    }

    pub fn later(work: impl Future<Output = Result<Msg, HandlerError>> + Send + 'a) -> Reply<'a> {
        Response::Later(job(work)).into()
    }

    /// Adds work to run once the response is sent.
    pub fn then(
        mut self,
        work: impl Future<Output = Result<(), HandlerError>> + Send + 'a,
    ) -> Reply<'a> {
        self.after = Some(job(work));
        self
    }
}

impl<'a> From<Msg> for Reply<'a> {
    fn from(m: Msg) -> Reply<'a> {
        Response::Message(Box::new(m)).into()
    }
}

impl<'a> From<Response<'a>> for Reply<'a> {
    fn from(response: Response<'a>) -> Reply<'a> {
        Reply {
            response,
            after: None,
        }
    }
}

/// The interaction being answered.
#[derive(Clone, Copy)]
pub enum Target<'a> {
    Command(&'a CommandInteraction),
    /// Autocomplete: answered with choices only, never deferred.
    Autocomplete(&'a CommandInteraction),
    Component(&'a ComponentInteraction),
    Modal(&'a ModalInteraction),
}

macro_rules! on_target {
    ($t:expr, |$i:ident| $body:expr) => {
        match $t {
            Target::Command($i) | Target::Autocomplete($i) => $body,
            Target::Component($i) => $body,
            Target::Modal($i) => $body,
        }
    };
}

impl Target<'_> {
    fn id(self) -> u64 {
        on_target!(self, |i| i.id.get())
    }

    fn channel(self) -> ChannelId {
        on_target!(self, |i| i.channel_id)
    }

    /// The interaction's first (and only) initial response: its acknowledgement, timed.
    async fn create(self, ctx: &Context, r: CreateInteractionResponse) -> serenity::Result<()> {
        on_target!(self, |i| i.create_response(&ctx.http, r).await)?;
        let _ = STOPWATCH.try_with(Stopwatch::acknowledged);
        Ok(())
    }

    async fn edit(self, ctx: &Context, m: EditInteractionResponse) -> serenity::Result<()> {
        on_target!(self, |i| i.edit_response(&ctx.http, m).await.map(|_| ()))
    }

    async fn followup(self, ctx: &Context, text: String) -> serenity::Result<()> {
        let f = CreateInteractionResponseFollowup::new()
            .content(text)
            .ephemeral(true)
            .allowed_mentions(render::no_pings());
        on_target!(self, |i| i.create_followup(&ctx.http, f).await.map(|_| ()))
    }
}

/// A short reference for an internal error, to match what a member reports with the log line.
pub fn reference(interaction: u64) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let mixed =
        (interaction ^ u64::from(nanos).rotate_left(17)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    format!("{:08x}", mixed >> 32)
}

/// When the interaction being answered arrived, and where its acknowledgement is counted.
pub struct Stopwatch {
    started: std::time::Instant,
    metrics: std::sync::Arc<crate::metrics::Metrics>,
}

impl Stopwatch {
    fn acknowledged(&self) {
        self.metrics.acknowledged_after(self.started.elapsed());
    }
}

tokio::task_local! {
    /// The stopwatch of the interaction this task answers ([`timed`]).
    static STOPWATCH: Stopwatch;
}

/// Runs `answering` (an [`answer`]) with a stopwatch started now: its initial response is
/// counted in the `interaction_ack_seconds` histogram.
pub async fn timed<T>(
    metrics: std::sync::Arc<crate::metrics::Metrics>,
    answering: impl Future<Output = T>,
) -> T {
    let watch = Stopwatch {
        started: std::time::Instant::now(),
        metrics,
    };
    STOPWATCH.scope(watch, answering).await
}

/// Where the handler's answer stands.
enum Acked {
    /// Nothing sent yet.
    No,
    /// Deferred: the original response is to be edited.
    Deferred,
    /// A deferred update of the component's message: it is edited when done; anything else
    /// (an error) is a follow-up, leaving the message as it was.
    DeferredUpdate,
    /// Answered.
    Yes,
}

/// Answers `target` with what `handler` returns, within Discord's deadline; reports errors.
/// `what` names the interaction for the log (`/ticket claim`, `button answer:solved`).
/// Everything said in answer is in the language of the member who interacted
/// ([`super::locale::lang`] inside `handler`).
pub async fn answer<'a>(
    ctx: &'a Context,
    target: Target<'a>,
    what: &str,
    handler: impl Future<Output = Result<Reply<'a>, HandlerError>> + Send + 'a,
) -> Result<(), HandlerError> {
    let lang = crate::i18n::Lang::negotiate(on_target!(target, |i| i.locale.as_str()));
    super::locale::scope(lang, answer_in(ctx, target, what, handler)).await
}

async fn answer_in<'a>(
    ctx: &'a Context,
    target: Target<'a>,
    what: &str,
    handler: impl Future<Output = Result<Reply<'a>, HandlerError>> + Send + 'a,
) -> Result<(), HandlerError> {
    let mut acked = Acked::No;
    let mut handler = std::pin::pin!(handler);
    let decided = match tokio::time::timeout(ACK_WITHIN, &mut handler).await {
        Ok(r) => r,
        Err(_) if matches!(target, Target::Autocomplete(_)) => handler.await,
        Err(_) => {
            tracing::debug!("the handler is slow: deferring the response");
            match target.create(ctx, defer()).await {
                Ok(()) => acked = Acked::Deferred,
                Err(err) => tracing::warn!(error = %err, "deferring a slow response failed"),
            }
            handler.await
        }
    };
    let reply = match decided {
        Ok(r) => r,
        Err(err) => return failed(ctx, target, what, &mut acked, err).await,
    };
    let sent = match reply.response {
        Response::Message(m) => send(ctx, target, &mut acked, *m).await,
        Response::Modal(modal) => match acked {
            Acked::No => target
                .create(ctx, CreateInteractionResponse::Modal(modal))
                .await
                .map(|()| acked = Acked::Yes),
            _ => {
                send(
                    ctx,
                    target,
                    &mut acked,
                    Msg::ephemeral(render::too_slow(super::locale::lang())),
                )
                .await
            }
        },
        Response::Choices(choices) => match acked {
            Acked::No => {
                let r = CreateAutocompleteResponse::new().set_choices(choices);
                target
                    .create(ctx, CreateInteractionResponse::Autocomplete(r))
                    .await
            }
            _ => Ok(()),
        },
        Response::Later(work) => {
            if matches!(acked, Acked::No) {
                match target.create(ctx, defer()).await {
                    Ok(()) => acked = Acked::Deferred,
                    Err(err) => return failed(ctx, target, what, &mut acked, err.into()).await,
                }
            }
            match work.await {
                Ok(m) => send(ctx, target, &mut acked, m).await,
                Err(err) => return failed(ctx, target, what, &mut acked, err).await,
            }
        }
        Response::UpdateLater(work) => {
            if let (Target::Component(_), Acked::No) = (target, &acked) {
                match target
                    .create(ctx, CreateInteractionResponse::Acknowledge)
                    .await
                {
                    Ok(()) => acked = Acked::DeferredUpdate,
                    Err(err) => return failed(ctx, target, what, &mut acked, err.into()).await,
                }
            }
            match work.await {
                Ok(m) if matches!(acked, Acked::DeferredUpdate) => {
                    let components = m.components.clone();
                    target
                        .edit(ctx, m.edit().components(components))
                        .await
                        .map(|()| acked = Acked::Yes)
                }
                Ok(m) => send(ctx, target, &mut acked, m).await,
                Err(err) => return failed(ctx, target, what, &mut acked, err).await,
            }
        }
        Response::Update(m) => match (target, &acked) {
            (Target::Component(_), Acked::No) => {
                // The message keeps its own flags (an ephemeral one stays ephemeral).
                let m = Msg {
                    ephemeral: false,
                    ..*m
                };
                // Its components are replaced too: none left when none are given.
                let components = m.components.clone();
                let update =
                    CreateInteractionResponse::UpdateMessage(m.create().components(components));
                target
                    .create(ctx, update)
                    .await
                    .map(|()| acked = Acked::Yes)
            }
            _ => send(ctx, target, &mut acked, *m).await,
        },
        Response::Nothing => Ok(()),
    };
    if let Err(err) = sent {
        // Discord refused the answer itself: nothing more can be shown; log it.
        let r = reference(target.id());
        tracing::error!(reference = %r, error = %err, "answering {what} failed");
        return Ok(());
    }
    if let Some(after) = reply.after {
        if let Err(err) = after.await {
            return failed(ctx, target, what, &mut acked, err).await;
        }
    }
    Ok(())
}

fn defer() -> CreateInteractionResponse {
    CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(true))
}

/// Sends a message as the response (or the edit of a deferred one). A public message after a
/// deferral (which is ephemeral) is also posted in the channel, so everyone still sees it.
async fn send(
    ctx: &Context,
    target: Target<'_>,
    acked: &mut Acked,
    m: Msg,
) -> serenity::Result<()> {
    if let Target::Autocomplete(_) = target {
        return Ok(()); // only choices answer an autocomplete; errors are logged
    }
    match acked {
        Acked::No => {
            target
                .create(ctx, CreateInteractionResponse::Message(m.create()))
                .await?;
            *acked = Acked::Yes;
            Ok(())
        }
        Acked::Deferred => {
            if !m.ephemeral {
                let post = CreateMessage::new()
                    .content(m.content())
                    .allowed_mentions(render::no_pings());
                target.channel().send_message(&ctx.http, post).await?;
            }
            target.edit(ctx, m.edit()).await?;
            *acked = Acked::Yes;
            Ok(())
        }
        Acked::Yes | Acked::DeferredUpdate => target.followup(ctx, m.content()).await,
    }
}

/// Logs an internal error with a reference, and shows the person the reference.
async fn failed(
    ctx: &Context,
    target: Target<'_>,
    what: &str,
    acked: &mut Acked,
    err: HandlerError,
) -> Result<(), HandlerError> {
    let r = reference(target.id());
    tracing::Span::current().record("reference", r.as_str());
    tracing::error!(reference = %r, error = %format!("{:#}", err.0), "handling {what} failed");
    let unavailable = err.store_error().is_some_and(StoreError::is_unavailable);
    let told = if matches!(target, Target::Autocomplete(_)) {
        // Autocomplete cannot show a message: no suggestions (the command itself will say).
        let empty = CreateAutocompleteResponse::new().set_choices(Vec::new());
        target
            .create(ctx, CreateInteractionResponse::Autocomplete(empty))
            .await
    } else {
        // Still inside the answer's scope: the language of the member who interacted.
        let lang = super::locale::lang();
        let text = if unavailable {
            render::database_unavailable(lang, &r)
        } else {
            render::internal_error(lang, &r)
        };
        send(ctx, target, acked, Msg::ephemeral(text)).await
    };
    if let Err(e) = told {
        tracing::error!(reference = %r, error = %e, "telling the user about an internal error failed");
    }
    Err(err)
}
