# The dashboard's pages.
