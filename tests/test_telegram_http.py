"""The aiohttp request class against the real stand-in and tiny misbehaving servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
import time
import traceback
from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from hotline.botapi_standin import BotApiStandIn, Fault
from hotline.telegram_http import AiohttpRequest, redact

TOKEN = "123456:TEST-token"
#: The smallest valid PNG: one transparent pixel.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


@pytest.fixture
async def stand_in() -> AsyncIterator[BotApiStandIn]:
    server = await BotApiStandIn(TOKEN).start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(stand_in: BotApiStandIn) -> AsyncIterator[Bot]:
    telegram_bot = Bot(TOKEN, base_url=stand_in.base_url, request=AiohttpRequest(connection_pool_size=4),
                       get_updates_request=AiohttpRequest(connection_pool_size=1))
    async with telegram_bot:
        yield telegram_bot


@pytest.fixture
async def request_() -> AsyncIterator[AiohttpRequest]:
    request = AiohttpRequest(connection_pool_size=2, read_timeout=0.3, connect_timeout=1, pool_timeout=1)
    await request.initialize()
    yield request
    await request.shutdown()


async def _serve(handle) -> tuple[asyncio.Server, int]:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _everything_said(error: BaseException) -> str:
    """The error as a log with its traceback would show it."""
    return "".join(traceback.format_exception(error))


def _data(**params: object) -> RequestData:
    return RequestData([RequestParameter.from_input(name, value) for name, value in params.items()])


async def test_send_message_round_trip(bot: Bot, stand_in: BotApiStandIn) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Да", callback_data="case:agree")]])
    sent = await bot.send_message(501, "<b>Привет</b>", parse_mode="HTML", reply_markup=markup)
    call = stand_in.sent(501)[-1]
    assert call["text"] == "<b>Привет</b>"
    assert call["parse_mode"] == "HTML"
    assert call["reply_markup"] == {"inline_keyboard": [[{"text": "Да", "callback_data": "case:agree"}]]}
    assert sent.message_id >= 1 and sent.chat.id == 501 and sent.text == "<b>Привет</b>"
    assert bot.username == "hotline_test_bot"  # getMe went through on initialize


async def test_get_updates_returns_pushed_updates_and_confirms_with_offset(bot: Bot, stand_in: BotApiStandIn) -> None:
    stand_in.push(stand_in.message(501, "/start"))
    updates = await bot.get_updates(timeout=1, allowed_updates=["message"])
    assert [u.message.text for u in updates] == ["/start"]
    await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    assert stand_in.confirmed_offset == updates[-1].update_id + 1


async def test_a_document_upload_reaches_the_stand_in_with_its_bytes(bot: Bot, stand_in: BotApiStandIn) -> None:
    content = bytes(range(256)) * 40
    await bot.send_document(-100500, InputFile(content, filename="backup.sqlite3"), caption="Копия")
    call = stand_in.sent(-100500, "sendDocument")[-1]
    assert call["document"]["filename"] == "backup.sqlite3"
    assert call["document"]["body"] == content
    assert call["caption"] == "Копия"
    assert call["chat_id"] == -100500


async def test_a_photo_upload_reaches_the_stand_in_with_its_bytes(bot: Bot, stand_in: BotApiStandIn) -> None:
    await bot.send_photo(-100500, InputFile(PNG, filename="chart.png"), caption="<i>Неделя</i>", parse_mode="HTML")
    call = stand_in.sent(-100500, "sendPhoto")[-1]
    assert call["photo"]["body"] == PNG
    assert call["photo"]["filename"] == "chart.png"
    assert call["parse_mode"] == "HTML"


async def test_an_error_status_comes_back_as_status_and_body(request_: AiohttpRequest,
                                                           stand_in: BotApiStandIn) -> None:
    stand_in.faults.append(Fault("sendMessage", 502, 1))
    status, body = await request_.do_request(f"{stand_in.base_url}{TOKEN}/sendMessage", "POST",
                                             _data(chat_id=501, text="hi"))
    assert status == 502 and b"Bad Gateway" in body
    status, body = await request_.do_request(f"{stand_in.base_url}{TOKEN}/sendMessage", "POST",
                                             _data(chat_id=501, text="hi"))
    assert status == 200 and b'"ok": true' in body


async def test_a_server_that_never_answers_times_out_within_the_read_timeout(request_: AiohttpRequest) -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        await asyncio.sleep(30)

    server, port = await _serve(silent)
    try:
        started = time.monotonic()
        with pytest.raises(TimedOut) as caught:
            await request_.do_request(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe", "POST", _data())
        assert time.monotonic() - started < 2.0  # the instance's read timeout is 0.3 s
        assert TOKEN not in _everything_said(caught.value)
        with pytest.raises(TimedOut):  # an explicit read timeout wins over the default
            await request_.do_request(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe", "POST", _data(),
                                      read_timeout=0.1)
    finally:
        server.close()


async def test_a_refused_port_is_a_network_error_without_the_token(request_: AiohttpRequest) -> None:
    port = _free_port()
    with pytest.raises(NetworkError) as caught:
        await request_.do_request(f"http://127.0.0.1:{port}/bot{TOKEN}/sendMessage", "POST",
                                  _data(chat_id=1, text="x"))
    assert not isinstance(caught.value, TimedOut)
    assert TOKEN not in _everything_said(caught.value)
    assert "aiohttp." in str(caught.value)


async def test_a_garbled_answer_is_a_network_error_without_the_token(request_: AiohttpRequest) -> None:
    async def garbled(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        writer.write(b"NOT HTTP AT ALL\r\n\r\n")
        await writer.drain()
        writer.close()

    server, port = await _serve(garbled)
    try:
        with pytest.raises(NetworkError) as caught:
            await request_.do_request(f"http://127.0.0.1:{port}/bot{TOKEN}/sendMessage", "POST",
                                      _data(chat_id=1, text="x"))
        assert not isinstance(caught.value, TimedOut)
        assert TOKEN not in _everything_said(caught.value)
    finally:
        server.close()


async def test_a_connection_closed_before_the_answer_is_a_network_error(request_: AiohttpRequest) -> None:
    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        writer.close()

    server, port = await _serve(hang_up)
    try:
        with pytest.raises(NetworkError) as caught:
            await request_.do_request(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe", "POST", _data())
        assert not isinstance(caught.value, TimedOut)
    finally:
        server.close()


async def test_not_initialized_is_refused_and_it_can_be_started_again() -> None:
    request = AiohttpRequest(read_timeout=7)
    assert request.read_timeout == 7
    with pytest.raises(RuntimeError):
        await request.do_request("http://127.0.0.1:1/botX/getMe", "POST")
    await request.initialize()
    await request.shutdown()
    await request.shutdown()  # twice is harmless
    with pytest.raises(RuntimeError):
        await request.do_request("http://127.0.0.1:1/botX/getMe", "POST")
    await request.initialize()
    await request.shutdown()


def test_redact_cuts_the_token_out_of_any_text() -> None:
    url = f"http://127.0.0.1:8081/bot{TOKEN}/sendMessage"
    assert TOKEN not in redact(f"400, message='Bad', url='{url}'", url)
    assert redact(f"url={url}") == "url=http://127.0.0.1:8081/bot<token>/sendMessage"
    odd = "http://127.0.0.1/botodd-token-form/getMe"
    assert "odd-token-form" not in redact(f"failed: {odd}", odd)
