package webapi

import "testing"

func TestEventConstruction(t *testing.T) {
	runCases(t, []jsCase{
		{"defaults", `const e = new Event('x'); [e.type, e.bubbles, e.cancelable, e.composed, e.eventPhase, e.target, e.currentTarget, e.srcElement, e.returnValue, e.cancelBubble, e.defaultPrevented, e.isTrusted, typeof e.timeStamp, e.composedPath().length].join()`,
			"x,false,false,false,0,,,,true,false,false,false,number,0"},
		{"init is read as booleans", `const e = new Event('x', {bubbles: 1, cancelable: 'y', composed: {}}); [e.bubbles, e.cancelable, e.composed].join()`, "true,true,true"},
		{"init order", `const log = []; new Event('q', { get bubbles() { log.push('b'); }, get cancelable() { log.push('c'); }, get composed() { log.push('o'); } }); log.join()`, "b,c,o"},
		{"type is stringified", `[new Event(5).type, new Event(null).type, new Event(true).type, new Event({}).type].map(t => typeof t + ':' + t).join('|')`, "string:5|string:null|string:true|string:[object Object]"},
		{"null init", `new Event('x', null).type`, "x"},
		{"missing type", `new Event()`, `TypeError [ERR_MISSING_ARGS]: The "type" argument must be specified`},
		{"bad init", `new Event('x', 5)`, `TypeError [ERR_INVALID_ARG_TYPE]: The "options" argument must be of type object. Received type number (5)`},
		{"symbol type", `new Event(Symbol())`, `TypeError: Cannot convert a Symbol value to a string`},
		{"call without new", `Event('x')`, `TypeError: Class constructor Event cannot be invoked without 'new'`},
		{"toStringTag", `Object.prototype.toString.call(new Event('x'))`, "[object Event]"},
		{"constants", `[Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, 'AT_TARGET' in Event.prototype].join()`, "0,1,2,3,false"},
		{"lengths", `[Event.length, CustomEvent.length, EventTarget.length].join()`, "1,1,0"},
		{"prototype members in Node's order", `Object.getOwnPropertyNames(Event.prototype).join()`,
			"constructor,initEvent,stopImmediatePropagation,preventDefault,target,currentTarget,srcElement,type,cancelable,defaultPrevented,timeStamp,composedPath,returnValue,bubbles,composed,eventPhase,cancelBubble,stopPropagation,isTrusted"},
		{"getter names", `Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.name`, "get type"},
		{"getters are enumerable", `Object.getOwnPropertyDescriptor(Event.prototype, 'type').enumerable`, "true"},
	})
}

func TestEventState(t *testing.T) {
	runCases(t, []jsCase{
		{"preventDefault when cancelable", `const e = new Event('x', {cancelable: true}); e.preventDefault(); [e.defaultPrevented, e.returnValue].join()`, "true,false"},
		{"preventDefault ignored when not cancelable", `const e = new Event('x'); e.preventDefault(); e.defaultPrevented`, "false"},
		{"returnValue is read-only", `const e = new Event('x', {cancelable: true}); e.returnValue = false; e.defaultPrevented`, "false"},
		{"cancelBubble", `const e = new Event('x'); e.cancelBubble = false; const a = e.cancelBubble; e.cancelBubble = true; [a, e.cancelBubble].join()`, "false,true"},
		{"stopPropagation", `const e = new Event('x'); e.stopPropagation(); e.cancelBubble`, "true"},
		{"initEvent", `const e = new Event('a'); e.initEvent('b', true, true); [e.type, e.bubbles, e.cancelable].join()`, "b,true,true"},
		{"initEvent needs a type", `new Event('a').initEvent()`, `TypeError [ERR_MISSING_ARGS]: The "type" argument must be specified`},
		{"brand check", `Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({})`, `TypeError [ERR_INVALID_THIS]: Value of "this" must be of type Event`},
		{"isTrusted without brand check", `Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({})`, "false"},
		{"subclass", `class E extends Event { constructor() { super('sub'); this.extra = 1; } } const e = new E(); [e.type, e.extra, e instanceof Event, e instanceof E].join()`, "sub,1,true,true"},
	})
}

func TestCustomEvent(t *testing.T) {
	runCases(t, []jsCase{
		{"detail", `new CustomEvent('x', {detail: {a: 1}}).detail.a`, "1"},
		{"detail defaults to null", `String(new CustomEvent('x').detail)`, "null"},
		{"inherits Event", `[new CustomEvent('x') instanceof Event, Object.getPrototypeOf(CustomEvent) === Event].join()`, "true,true"},
		{"brand check", `Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x'))`, `TypeError [ERR_INVALID_THIS]: Value of "this" must be of type CustomEvent`},
		{"missing type", `new CustomEvent()`, `TypeError [ERR_MISSING_ARGS]: The "type" argument must be specified`},
	})
}

// TestEventStateAcrossDispatches checks that the getters find each event's
// own state while its listeners run, inside a nested dispatch, after it,
// and for another event read from a listener.
func TestEventStateAcrossDispatches(t *testing.T) {
	runCases(t, []jsCase{
		{"nested dispatch restores the outer event", `const t = new EventTarget(); const log = [];
			t.addEventListener('a', (e) => { t.dispatchEvent(new Event('b')); log.push(e.type, e.eventPhase, e.currentTarget === t); });
			t.addEventListener('b', (e) => log.push(e.type));
			t.dispatchEvent(new Event('a')); log.join()`, "b,a,2,true"},
		{"a kept event after its dispatch", `const t = new EventTarget(); let kept;
			t.addEventListener('a', (e) => { kept = e; }); t.dispatchEvent(new Event('a'));
			[kept.type, kept.eventPhase, kept.currentTarget].join()`, "a,0,"},
		{"another event read during a dispatch", `const t = new EventTarget(); const other = new Event('o', {cancelable: true}); let seen;
			t.addEventListener('a', () => { other.preventDefault(); seen = [other.type, other.defaultPrevented, other.eventPhase].join(); });
			t.dispatchEvent(new Event('a')); seen`, "o,true,0"},
		{"a getter on a plain object during a dispatch", `const t = new EventTarget(); let res;
			t.addEventListener('a', () => { try { Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}); } catch (err) { res = err.code; } });
			t.dispatchEvent(new Event('a')); res`, "ERR_INVALID_THIS"},
	})
}
