/** Common US given names (a short list written for this project), to accept an unlabelled "First Last" such as a subject after "RE:". */

const NAMES =
  'theo leo eli zoe mia ava ella luca nico gina tina lara guadalupe lupe tomasz james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul ' +
  'andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry ' +
  'justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry ' +
  'douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence ' +
  'dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell ' +
  'bobby mason philip louis carlos luis omar ahmed mohammed ali hector miguel jorge antonio manuel pedro francisco rafael victor ' +
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily ' +
  'donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda ' +
  'pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia ' +
  'joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann ' +
  'sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella ' +
  'theresa diana natalie brittany charlotte marie kayla alexis lori rosa ana carmen lucy jane sally julia irene ellen lillian ' +
  'agnes lynette stacey jacki gail rebecca mireille adriane marjorie susan ashley monte jerome tim rick victor teresa fatima aisha ' +
  'mei wei li ming hiroshi yuki priya raj anil sunita ivan olga dmitri sofia lucia elena paula ' +
  `ray tom tommy jim jimmy bob rob robbie mike mikey dave danny dan tony ken kenny ted teddy ben benny sam sammy al alex
  andy drew chris matt nick nate pat rick ricky steve stevie tim jeff greg fred freddie ed eddie frankie harry hank jake
  joey jon johnny josh luke mitch phil randy ron ronnie russ stan vic walt wes zach dwight gerald harold howard herbert
  leonard lloyd marvin melvin norman oscar otis percy quentin reginald rodney roland ross rudy sidney stanley theodore
  troy tyrone vernon wallace warren wendell wilbur winston clarence clifford clyde curtis darrell darren derek desmond
  dominic donovan duane dustin edgar edwin elliott ernest everett felix floyd franklin garrett gilbert glen glenn gordon
  guillermo harvey herman ian irving isaac ivan jared jay jeremiah jermaine joel julian julius kurt lance leon leroy
  lester lewis lonnie lorenzo lucas luther malcolm marcus mario martin maurice micheal milton mitchell morris neil
  nelson nolan oliver owen perry preston ramon reuben ricardo roberto rodolfo rogelio ruben salvador santiago sergio
  shane shawn spencer stuart terrence travis trevor tristan vaughn wilson xavier abdul ahmad amir andre andres armando
  arturo bao brent bradley brendan caleb calvin cameron cedric chad charlie clayton cody colin connor corey craig dale
  damian dante darius deandre devin dominick eduardo elias emilio enrique erik esteban evan fernando gavin hugo ignacio
  javier jaime jesus joaquin jonah josue kareem kendrick khalid kwame landon leo levi liam lionel lucas marco marcos
  mateo mohamed muhammad nasir omari pablo quinton rashad raul reggie ricky rolando rory sanjay santos seth silas simon
  sonny tariq tobias tomas tony ulysses vikram wyatt yusuf zane aiden jayden mason logan ethan abby adriana aileen alana
  alberta alejandra alexandra alicia alison allison alma alyssa amelia anita annette antoinette arlene audrey ava barb
  beatrice becky belinda bernice bertha beth bethany betsy beverly billie blanche bonnie brandi brandy brianna bridget
  brooke caitlin camille candace cara carla carly carmen carole caroline cassandra cathy cecilia celia chelsea cheryl
  chloe christa christy cindy claire clara claudia colleen connie constance courtney dana daphne darlene deanna debbie
  deirdre delia della delores denise desiree dianne dolores dora dottie edith edna eileen elaine eleanor elena elisa
  eliza ella ellie eloise elsa elsie emilia emily erica erika erin esther estelle ethel eunice eva evangeline faye
  felicia fiona florence francine freda gabriela gabrielle genevieve geraldine gertrude gina gladys glenda gretchen gwen
  gwendolyn harriet heidi hilda ida imelda inez ingrid irma isabel jackie janelle janie janine jasmine jeanette jeanne
  jenna jenny jill joann joanna joanne jocelyn jodi josephine juanita julianne juliet justine kara karla kate katelyn
  kathy katie kayla keisha kendra kristen kristin kristina kristy krystal latoya laurie leah leigh lena leona leslie
  lila lillie linda lindsay lindsey lisa liz lola loretta lorraine lottie louise lucille luz lydia lynn mabel mae maggie
  mai mamie mandy marcia margarita margie maria mariah marian marianne marie marion marisol marlene marsha maureen
  maxine melanie melinda meredith michele mildred millie minnie miranda miriam molly mona monica monique myrtle nadia
  nadine naomi natasha nellie nettie nina nora norma olga paige patsy patty paulette peggy penny phyllis polly priscilla
  rachael ramona raquel regina renee rhonda rita roberta rochelle rosalie rosemary roxanne sabrina sadie sallie samantha
  sandy selena serena shannon shauna sheila shelby shelly sherri sheryl shirley silvia sonia sonya stella sue susie
  suzanne sylvia tabitha tamara tami tammy tania tanya tara tasha tina toni tonya tracey tracy trina trisha valerie
  vanessa velma vera verna veronica vicki vickie viola vivian wanda wendy whitney wilma yesenia yolanda yvette yvonne
  zoe chiamaka ngozi adaeze oluwaseun yuki keiko hana mina jin hye soo thanh linh huong minh anh deepa lakshmi neha
  pooja anjali kavita rahul arjun rohan vijay suresh ravi amit imran hamza yasmin leila layla zainab fatimah noor sana
  ana lucia camila valentina ximena guadalupe rocio esperanza consuelo
  marek piotr pawel tomasz krzysztof andrzej janusz katarzyna agnieszka malgorzata magdalena zofia stanislaw wojciech
  jakub lukasz michal grzegorz klaus jurgen dieter wolfgang helmut gunther stefan matthias lars sven nils anders bjorn
  astrid sigrid freya greta liesel heike ursula birgit jacques pierre francois yves henri marcel giuseppe giovanni luigi
  francesco alessandro matteo chiara giulia francesca alessandra elisabetta sophie amelie brigitte nathalie sylvie
  isabelle margot sergei alexei vladimir nikolai yuri boris anastasia tatiana svetlana natalia ekaterina galina ludmila
  kofi kwabena abena akosua adwoa chidi chinedu emeka obinna ifeoma nkechi chukwuemeka tunde ayodele folasade babatunde
  amara thabo sipho nomvula themba ibrahim ismail mustafa hassan hussein karim rami walid samir nabil tarek youssef
  amina mariam rania huda salma hiba aarav aditya arun ashok deepak ganesh harish krishna manoj mohan naveen pradeep
  rajesh ramesh sachin sanjeev satish srinivas sunil venkat vivek geeta kiran meena nisha padma radha rekha shanti usha
  asha divya priyanka shreya sneha takashi kenji satoshi haruto akira yoko yumi aiko sakura minjun jiwoo seojun jisoo
  duc tuan quang ngoc trang alejandro diego gustavo rodrigo alfredo alonso emiliano ernesto federico leonel marisela
  yadira lupita maribel graciela araceli beatriz maricel rowena jamal aaliyah soledad leilani fatemeh kasimir saoirse
  malia kalani keoni moana`;

const GIVEN = new Set(NAMES.split(/\s+/));

/** True when the word is a common given name (case-insensitive). */
export const isGivenName = (word: string): boolean => GIVEN.has(word.normalize('NFD').toLowerCase().replace(/[^a-z]/g, ''));

/** True when a name starts with a common given name: "Maria Lopez", or "Lopez, Maria" in the last-name-first form. */
export const hasGivenName = (name: string): boolean => {
  const comma = name.indexOf(',');
  const given = comma >= 0 ? name.slice(comma + 1).trim() : name.trim();
  return isGivenName(given.split(/\s+/)[0] ?? '');
};
