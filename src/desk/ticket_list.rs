//! The ticket list (the dashboard's "Tickets" page): one server's tickets filtered, a page at
//! a time with the total, and the same list as a CSV file for a spreadsheet.

mod export;

use super::{tag_name, Desk, DeskError};
use crate::tickets::GuildId;

pub use crate::store::ticket_list::{
    CategoryFilter, PageRequest, TicketListFilter, TicketListRow, TicketPage, MAX_PAGE_SIZE,
};

/// The filter as the store takes it: a tag name as the server's list has it (a name that can
/// be no tag is refused), a blank search left out.
fn checked(filter: &TicketListFilter) -> Result<TicketListFilter, DeskError> {
    let mut f = filter.clone();
    f.tag = f.tag.as_deref().map(tag_name).transpose()?;
    f.search = f
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    Ok(f)
}

impl Desk {
    /// One page of `guild`'s tickets matching `filter`, newest opened first, with how many
    /// match in all. The page size is capped at [`MAX_PAGE_SIZE`].
    pub async fn ticket_list(
        &self,
        guild: GuildId,
        filter: &TicketListFilter,
        page: PageRequest,
    ) -> Result<TicketPage, DeskError> {
        let filter = checked(filter)?;
        Ok(self.store.ticket_list(guild, &filter, page).await?)
    }

    /// Every one of `guild`'s tickets matching `filter` (e.g. a period: `opened_from` and
    /// `opened_before`) as CSV, newest first, with a header row. Member text is quoted as
    /// CSV needs and cannot run as a spreadsheet formula.
    pub async fn tickets_csv(
        &self,
        guild: GuildId,
        filter: &TicketListFilter,
    ) -> Result<String, DeskError> {
        let filter = checked(filter)?;
        let rows = self.store.ticket_list_all(guild, &filter).await?;
        let people: Vec<_> = rows
            .iter()
            .flat_map(|r| std::iter::once(r.owner).chain(r.holder))
            .collect();
        let names = self.store.names_of(&people).await?;
        export::csv(&rows, &names).map_err(|e| {
            // Writing to memory does not fail; should it, it is no refusal.
            DeskError::Store(crate::store::StoreError::Data(format!(
                "the CSV export: {e}"
            )))
        })
    }
}
