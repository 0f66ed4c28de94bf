"""Invoices (SPEC section 5): issuing, numbering, paying, reading, reminders, purchases."""
