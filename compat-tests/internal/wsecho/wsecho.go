// Package wsecho is the WebSocket echo peer of the compat suites, written
// with github.com/coder/websocket (an implementation independent of
// nodeshim's core/ws).
package wsecho

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/coder/websocket"
)

// ErrEnded is what a Command returns once it has ended the connection.
var ErrEnded = errors.New("the command ended the connection")

// Command runs the text message text if it is a command of the suite's
// peer: handled false means it is none, and is echoed. An error ends the
// connection.
type Command func(ctx context.Context, c *websocket.Conn, r *http.Request, text string) (handled bool, err error)

// Handler serves WebSocket connections that negotiate the subprotocols
// "chat" and "superchat" and permessage-deflate, and echo each message
// with its type. "close CODE REASON" closes with that code and reason;
// other text commands are the suite's own, run by command (nil for none).
func Handler(command Command) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := websocket.Accept(w, r, &websocket.AcceptOptions{
			Subprotocols:    []string{"chat", "superchat"},
			CompressionMode: websocket.CompressionContextTakeover,
		})
		if err != nil {
			return
		}
		defer c.CloseNow()
		c.SetReadLimit(64 << 20)
		ctx := context.Background()
		for {
			typ, data, err := c.Read(ctx)
			if err != nil {
				return
			}
			if typ == websocket.MessageText {
				handled, err := runCommand(ctx, c, r, string(data), command)
				if err != nil {
					return
				}
				if handled {
					continue
				}
			}
			if c.Write(ctx, typ, data) != nil {
				return
			}
		}
	}
}

// runCommand runs the common "close" command, or hands text to command.
func runCommand(ctx context.Context, c *websocket.Conn, r *http.Request, text string, command Command) (bool, error) {
	name, arg, _ := strings.Cut(text, " ")
	if name == "close" {
		codeText, reason, _ := strings.Cut(arg, " ")
		code, _ := strconv.Atoi(codeText)
		_ = c.Close(websocket.StatusCode(code), reason)
		return true, ErrEnded
	}
	if command == nil {
		return false, nil
	}
	return command(ctx, c, r, text)
}
