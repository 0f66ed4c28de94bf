"""A real SMTP server for tests (aiosmtpd in its own thread) that can go down and come back."""

from __future__ import annotations

import socket
from email import message_from_bytes
from email.message import Message

from aiosmtpd.controller import Controller

__all__ = ["SmtpServer"]


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.refuse_next = 0

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's name
        if self.refuse_next:
            self.refuse_next -= 1
            return "451 4.3.0 Mailbox busy, try again later"
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


class SmtpServer:
    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.inbox = _Inbox()
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def messages(self) -> list[Message]:
        return self.inbox.messages

    def start(self) -> None:
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
