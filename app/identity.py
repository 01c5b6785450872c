"""The vault's own identity: its name and the fingerprint others compare."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import translated
from app.vault import OpenVault
from crypto.identity import PublicIdentity, fingerprint_groups


@dataclass(frozen=True)
class Whoami:
    """Name, public keys and fingerprint (twelve groups of five digits)."""

    display_name: str
    public: PublicIdentity
    fingerprint_groups: tuple[str, ...]

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint()


def whoami(vault: OpenVault) -> Whoami:
    with translated():
        name, identity = vault.storage.identity()
    public = identity.public
    return Whoami(name, public, tuple(fingerprint_groups(public)))
