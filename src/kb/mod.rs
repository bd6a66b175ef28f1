//! The knowledge base: response files -> index -> best match. Pure: knows nothing of Discord.
