"""Settings -> client configuration, for every security protocol, without a broker."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from typing import Any

import faust
import pytest
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

from streams import kafka_clients
from streams.config import Security, Settings

SECRET = "s3cr3t-password"


def make(protocol: str, bootstrap: str = "k1:9092, k2:9093,", **security: str) -> Settings:
    fields = {
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_username": "",
        "sasl_password": "",
        "ssl_cafile": "",
        "ssl_certfile": "",
        "ssl_keyfile": "",
        **security,
    }
    return Settings(bootstrap_servers=bootstrap, security=Security(protocol=protocol, **fields))


def sasl(protocol: str = "SASL_PLAINTEXT", **security: str) -> Settings:
    return make(protocol, **{"sasl_username": "dealstream", "sasl_password": SECRET, **security})


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A self-signed certificate and its key (it doubles as the CA file)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "client.pem", folder / "client.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=dealstream-test",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return {"ssl_cafile": str(cert), "ssl_certfile": str(cert), "ssl_keyfile": str(key)}


def test_plaintext() -> None:
    settings = make("PLAINTEXT")
    assert kafka_clients.client_kwargs(settings) == {
        "bootstrap_servers": ["k1:9092", "k2:9093"],
        "security_protocol": "PLAINTEXT",
    }
    assert kafka_clients.ssl_context(settings) is None
    assert kafka_clients.faust_credentials(settings) is None


def test_sasl_plaintext_scram() -> None:
    settings = sasl(protocol="sasl_plaintext")
    assert kafka_clients.security_kwargs(settings) == {
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "dealstream",
        "sasl_plain_password": SECRET,
    }
    credentials = kafka_clients.faust_credentials(settings)
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials_to_aiokafka_auth(credentials) == {
        **kafka_clients.security_kwargs(settings),
        "ssl_context": None,
    }


def test_sasl_ssl_uses_a_tls_context_everywhere(tls_files: dict[str, str]) -> None:
    settings = sasl(protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-256", ssl_cafile=tls_files["ssl_cafile"])
    kwargs = kafka_clients.security_kwargs(settings)
    assert kwargs["security_protocol"] == "SASL_SSL"
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-256"
    assert isinstance(kwargs["ssl_context"], ssl.SSLContext)
    auth = credentials_to_aiokafka_auth(kafka_clients.faust_credentials(settings))
    assert auth["security_protocol"] == "SASL_SSL"
    assert isinstance(auth["ssl_context"], ssl.SSLContext)


def test_ssl_with_client_certificate(tls_files: dict[str, str]) -> None:
    settings = make("SSL", **tls_files)
    context = kafka_clients.ssl_context(settings)
    assert context is not None and context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert [c["subject"] for c in context.get_ca_certs()] == [((("commonName", "dealstream-test"),),)]
    assert kafka_clients.security_kwargs(settings)["security_protocol"] == "SSL"
    credentials = kafka_clients.faust_credentials(settings)
    assert isinstance(credentials, faust.SSLCredentials)
    assert credentials_to_aiokafka_auth(credentials)["security_protocol"] == "SSL"


def test_ssl_without_files_trusts_the_system_cas() -> None:
    context = kafka_clients.ssl_context(make("SSL"))
    assert context is not None and context.verify_mode == ssl.CERT_REQUIRED


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (make("TLS"), "KAFKA_SECURITY_PROTOCOL"),
        (sasl(sasl_mechanism="GSSAPI"), "KAFKA_SASL_MECHANISM"),
        (make("SASL_PLAINTEXT", sasl_username="dealstream"), "KAFKA_SASL_PASSWORD"),
        (make("SASL_PLAINTEXT", sasl_password=SECRET), "KAFKA_SASL_USERNAME"),
        (make("SSL", ssl_keyfile="/x.key"), "KAFKA_SSL_CERTFILE"),
    ],
)
def test_bad_settings_are_refused_clearly(settings: Settings, message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        kafka_clients.security_kwargs(settings)
    assert SECRET not in str(error.value)


def test_missing_ca_file_fails_at_configuration() -> None:
    with pytest.raises(FileNotFoundError):
        kafka_clients.ssl_context(make("SSL", ssl_cafile="/nonexistent/ca.pem"))


def test_secrets_stay_out_of_reprs() -> None:
    settings = sasl()
    assert SECRET not in repr(settings)
    assert SECRET not in repr(kafka_clients.faust_credentials(settings))


class Recorder:
    """Stands in for a kafka-python client class: keeps what it was built with."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    import kafka

    for name in ("KafkaProducer", "KafkaConsumer", "KafkaAdminClient"):
        monkeypatch.setattr(kafka, name, Recorder)


@pytest.mark.usefixtures("recorded")
def test_producer_is_idempotent_with_acks_all_and_takes_overrides() -> None:
    built = kafka_clients.producer(sasl(), linger_ms=0, value_serializer=str.encode)
    assert built.kwargs["acks"] == "all" and built.kwargs["enable_idempotence"] is True
    assert built.kwargs["linger_ms"] == 0 and built.kwargs["value_serializer"] is str.encode
    assert built.kwargs["sasl_plain_password"] == SECRET
    assert "api_version" not in built.kwargs  # kafka-python 3 negotiates with Kafka 4.0 itself


@pytest.mark.usefixtures("recorded")
def test_consumer_joins_the_service_group_unless_told_otherwise() -> None:
    settings = make("PLAINTEXT")
    built = kafka_clients.consumer(settings, "a", "b")
    assert built.args == ("a", "b")
    assert built.kwargs["group_id"] == settings.group_id and built.kwargs["auto_offset_reset"] == "earliest"
    assert kafka_clients.consumer(settings, group_id=None).kwargs["group_id"] is None


@pytest.mark.usefixtures("recorded")
def test_admin_uses_the_same_connection_settings() -> None:
    settings = sasl()
    built = kafka_clients.admin(settings, request_timeout_ms=1000)
    assert {k: built.kwargs[k] for k in kafka_clients.client_kwargs(settings)} == kafka_clients.client_kwargs(settings)
    assert built.kwargs["request_timeout_ms"] == 1000



def test_the_producer_tracks_every_topic_the_worker_writes() -> None:
    """After a broker restart aiokafka refreshes only the topics it tracks (see keep_producer_metadata):
    these must include the internal ones Faust creates after the producer started."""
    from streams import topics, worker

    settings = Settings(bootstrap_servers="k1:9092", group_id="g")
    names = kafka_clients.app_topic_names(worker.create_app(settings), settings)
    assert names >= {spec.name for spec in topics.specs(settings)} | {"g-events-by-deal", "g-stories-by-deal-changelog"}
